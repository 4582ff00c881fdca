import type { BlueprintFunctionConfig } from '../blueprint-function-config.js';
import type { BlueprintTestProps } from './blueprint-under-test.js';

/** Settings of a blueprint that a synth-time check covers too, besides infra/config.ts and infra/role.ts as they are. */
export interface StackVariant<TConfig extends BlueprintFunctionConfig> {
  /** Completes the test name, e.g. "with a customer managed key". */
  readonly name: string;
  readonly props: BlueprintTestProps<TConfig>;
}
