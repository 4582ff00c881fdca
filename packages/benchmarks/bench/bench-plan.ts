import type { ThroughputSchedule } from '../src/index.js';

/** How much one `pnpm bench` measures: the full pass, or the smaller `--quick` one. */
export interface BenchPlan {
  name: 'full' | 'quick';
  /** Fresh processes per handler for each cold start median. */
  coldStartRuns: number;
  /** Records of the batches throughput and memory are measured with. */
  batchRecords: number;
  throughput: ThroughputSchedule;
  /** Fresh processes per handler for each peak RSS median. */
  peakRssRuns: number;
  /** Generated functions in the workspaces whose build and synth are timed, smallest first. */
  scaleSizes: readonly number[];
}

export const fullPlan: BenchPlan = {
  name: 'full',
  coldStartRuns: 21,
  batchRecords: 10_000,
  // One warm-up call is 10,000 records through the JIT; the slowest contenders take seconds per call.
  throughput: { warmUpCalls: 1, rounds: 3, roundMs: 300 },
  // Peak RSS varies by a few MB between runs, and the slowest contenders take seconds per run.
  peakRssRuns: 1,
  scaleSizes: [1, 10, 50],
};

export const quickPlan: BenchPlan = {
  name: 'quick',
  coldStartRuns: 7,
  batchRecords: 10_000,
  throughput: { warmUpCalls: 1, rounds: 3, roundMs: 100 },
  peakRssRuns: 1,
  scaleSizes: [1, 5],
};
