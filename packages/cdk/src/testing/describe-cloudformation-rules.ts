import { describe, expect, it } from 'vitest';
import type { BlueprintFunctionConfig } from '../blueprint-function-config.js';
import type { BlueprintStackUnderTest, BlueprintUnderTest } from './blueprint-under-test.js';
import type { StackVariant } from './stack-variant.js';

/**
 * CloudFormation's own template rules (aws-cdk-lib's built-in validation: property schemas, value ranges) on a
 * blueprint's stack, with errors failing synth: what CloudFormation would otherwise refuse only at deploy time. For the
 * package's files as they are and each of `variants`.
 */
export function describeCloudFormationRules<
  TConfig extends BlueprintFunctionConfig,
  TStack extends BlueprintStackUnderTest<TConfig>,
>(blueprint: BlueprintUnderTest<TConfig, TStack>, variants: readonly StackVariant<TConfig>[] = []): void {
  describe("CloudFormation's template rules", () => {
    for (const { name, props } of [{ name: 'in the stack', props: {} }, ...variants]) {
      it(`find no error ${name}`, () => {
        // Prepare
        const app = blueprint.newApp({ cloudFormationRules: true });
        blueprint.synth(props, app);

        // Act
        const synth = () => app.synth();

        // Assess
        expect(synth).not.toThrow();
      });
    }
  });
}
