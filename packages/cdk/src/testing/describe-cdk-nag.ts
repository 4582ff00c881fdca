import type { BlueprintFunctionConfig } from '../blueprint-function-config.js';
import type { BlueprintStackUnderTest, BlueprintUnderTest } from './blueprint-under-test.js';
import { describeSynthCheck } from './describe-synth-check.js';
import type { StackVariant } from './stack-variant.js';

/**
 * cdk-nag's AwsSolutions checks on a blueprint's stack: synth passes with no finding that the constructs have not
 * acknowledged with a reason, as the package's infra/app.ts requires, and with each of `variants`.
 */
export function describeCdkNag<
  TConfig extends BlueprintFunctionConfig,
  TStack extends BlueprintStackUnderTest<TConfig>,
>(blueprint: BlueprintUnderTest<TConfig, TStack>, variants: readonly StackVariant<TConfig>[] = []): void {
  describeSynthCheck(
    {
      title: 'cdk-nag',
      testName: 'finds nothing',
      asTheyAre: 'in the stack (AwsSolutions)',
      appOptions: { awsSolutionsChecks: true },
    },
    blueprint,
    variants,
  );
}
