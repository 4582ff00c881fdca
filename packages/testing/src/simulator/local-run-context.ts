import type { SimulationOptions } from './simulate.js';
import type { SimulatedRecord } from './simulated-records.js';
import type { SimulationRun } from './simulation-run.js';

/** What the against-local runs of every source share. */
export interface LocalRunContext {
  options: SimulationOptions;
  seed: string;
  /** Epoch milliseconds after which the run stops: what is left is unfinished. */
  deadline: number;
  /** The queue visibility timeout used instead of the template's, so retries come back in real time. */
  visibilityTimeoutSeconds: number;
  /** Starts the run over the records as the emulator identified them. */
  start(records: readonly SimulatedRecord[]): SimulationRun;
}
