import { runProbe } from './probe-process.js';
import type { ProbeScripts } from './probe-scripts.js';

/** How the throughput probe spends its time. */
export interface ThroughputSchedule {
  /** Calls per handler before measuring, for the JIT; each is checked to report no failure. At least 1. */
  warmUpCalls: number;
  /** Rounds per handler; each handler gets the median of its rounds. */
  rounds: number;
  /** How long one round keeps calling the handler. */
  roundMs: number;
}

/**
 * Records per second of each handler on the same batch (`eventFile`, every record valid), measured in one process so
 * they share its JIT and machine state: after a warm-up the handlers take turns for short rounds. Returns the median
 * rate of each, in the handlers' order.
 */
export function measureThroughput(
  probes: ProbeScripts,
  handlerFiles: readonly string[],
  eventFile: string,
  schedule: ThroughputSchedule,
): number[] {
  const checked = { ...schedule, warmUpCalls: Math.max(1, schedule.warmUpCalls) };
  return runProbe<{ recordsPerSecond: number[] }>('throughput', probes.throughput, [
    eventFile,
    JSON.stringify(checked),
    ...handlerFiles,
  ]).result.recordsPerSecond;
}
