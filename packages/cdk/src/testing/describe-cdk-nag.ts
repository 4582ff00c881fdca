import { describe, expect, it } from 'vitest';
import type { BlueprintFunctionConfig } from '../blueprint-function-config.js';
import type { BlueprintStackUnderTest, BlueprintUnderTest } from './blueprint-under-test.js';
import type { StackVariant } from './stack-variant.js';

/**
 * cdk-nag's AwsSolutions checks on a blueprint's stack: synth passes with no finding that the constructs have not
 * acknowledged with a reason, as the package's infra/app.ts requires, and with each of `variants`.
 */
export function describeCdkNag<
  TConfig extends BlueprintFunctionConfig,
  TStack extends BlueprintStackUnderTest<TConfig>,
>(blueprint: BlueprintUnderTest<TConfig, TStack>, variants: readonly StackVariant<TConfig>[] = []): void {
  describe('cdk-nag', () => {
    for (const { name, props } of [{ name: 'in the stack (AwsSolutions)', props: {} }, ...variants]) {
      it(`finds nothing ${name}`, () => {
        // Prepare
        const app = blueprint.newApp({ awsSolutionsChecks: true });
        blueprint.synth(props, app);

        // Act
        const synth = () => app.synth();

        // Assess
        expect(synth).not.toThrow();
      });
    }
  });
}
