import type { BlueprintFunctionConfig } from '../blueprint-function-config.js';
import type { BlueprintStackUnderTest, BlueprintUnderTest } from './blueprint-under-test.js';
import { describeSynthCheck } from './describe-synth-check.js';
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
  describeSynthCheck(
    {
      title: "CloudFormation's template rules",
      testName: 'find no error',
      asTheyAre: 'in the stack',
      appOptions: { cloudFormationRules: true },
    },
    blueprint,
    variants,
  );
}
