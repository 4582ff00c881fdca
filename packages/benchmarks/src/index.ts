export { measureInTurns } from './alternating-runs.js';
export { scaleBatchEvent } from './batch-event-scaling.js';
export { type BatchOutcome, batchOutcomeOf } from './batch-outcome.js';
export { BENCH_USAGE, type BenchOptions, parseBenchOptions } from './bench-options.js';
export { childrenCpuSeconds } from './children-cpu-time.js';
export { type ColdStartFigures, measureColdStart } from './cold-start.js';
export {
  CommandFailedError,
  ContendersDisagreeError,
  HandlerUnderTestError,
  InvalidBenchArgumentError,
  ProbeFailedError,
  RecordRejectedError,
  UnlockableFunctionError,
  UnscalableEventError,
} from './errors.js';
export {
  type Bundle,
  bundleForNode,
  bundleLikeBlueprint,
  bundleLikeNodejsFunction,
  NODEJS_FUNCTION_TARGET,
} from './esbuild-bundles.js';
export {
  formatCount,
  formatDuration,
  formatKb,
  formatMb,
  formatMs,
  formatRate,
  formatSeconds,
} from './figure-format.js';
export { describeMachine, type MachineDescription } from './machine-description.js';
export { markdownTable, type TableColumn } from './markdown-table.js';
export { median } from './median.js';
export { measurePeakRss } from './peak-rss.js';
export { type ProbeRun, runProbe } from './probe-process.js';
export { bundleProbeScripts, type ProbeScripts } from './probe-scripts.js';
export type { ProbedResponse } from './probes/probe-support.js';
export { type ChartBar, ratioChartSvg } from './ratio-chart-svg.js';
export {
  atLeast,
  atMost,
  describeTarget,
  formatRatio,
  meetsTarget,
  ratio,
  type Target,
  verdict,
} from './ratio-target.js';
export { type FailureReporting, retryEffectOf } from './retry-effect.js';
export { growthRatio, marginalCosts, type SizePoint } from './scale-growth.js';
export { measureThroughput, type ThroughputSchedule } from './throughput.js';
export { type CommandRun, runWorkspaceCommand, workspaceEnvironment } from './workspace-command.js';
export { copyWorkspace, installFromStore, type WorkspaceCopy } from './workspace-copy.js';
