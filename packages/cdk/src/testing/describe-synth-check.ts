import { describe, expect, it } from 'vitest';
import type { BlueprintFunctionConfig } from '../blueprint-function-config.js';
import type { BlueprintStackUnderTest, BlueprintUnderTest } from './blueprint-under-test.js';
import type { StackVariant } from './stack-variant.js';
import type { TestAppOptions } from './test-apps.js';

/** A check that runs when an app synthesizes: the suite's title, its tests' name, and the app option that adds it. */
export interface SynthCheck {
  readonly title: string;
  /** Completed by the variant's name, e.g. "finds nothing" -> "finds nothing with a customer managed key". */
  readonly testName: string;
  readonly appOptions: TestAppOptions;
  /** The name of the test on the package's files as they are. */
  readonly asTheyAre: string;
}

/** One test per stack variant (the files as they are first): with `check` on, `app.synth()` throws nothing. */
export function describeSynthCheck<
  TConfig extends BlueprintFunctionConfig,
  TStack extends BlueprintStackUnderTest<TConfig>,
>(check: SynthCheck, blueprint: BlueprintUnderTest<TConfig, TStack>, variants: readonly StackVariant<TConfig>[]): void {
  describe(check.title, () => {
    for (const { name, props } of [{ name: check.asTheyAre, props: {} }, ...variants]) {
      it(`${check.testName} ${name}`, () => {
        // Prepare
        const app = blueprint.newApp(check.appOptions);
        blueprint.synth(props, app);

        // Act
        const synth = () => app.synth();

        // Assess
        expect(synth).not.toThrow();
      });
    }
  });
}
