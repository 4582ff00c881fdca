import { measureInTurns } from './alternating-runs.js';
import { median } from './median.js';
import { runProbe } from './probe-process.js';
import type { ProbeScripts } from './probe-scripts.js';

/** The median cold start of one handler: wall time of the whole process, and the CPU time it used. */
export interface ColdStartFigures {
  wallMs: number;
  /** Less sensitive than wall time to other load on a shared machine. */
  cpuMs: number;
}

/**
 * Cold start as Lambda pays it: a fresh `node` imports the handler bundle and runs one small batch (`eventFile`), then
 * exits; `runs` times per handler, the handlers taking turns. Returns the medians, in the handlers' order.
 */
export function measureColdStart(
  probes: ProbeScripts,
  handlerFiles: readonly string[],
  eventFile: string,
  runs: number,
): ColdStartFigures[] {
  const samples = measureInTurns(handlerFiles, runs, (handlerFile) => {
    const { result, wallMs } = runProbe<{ cpuMs: number }>('cold start', probes.coldStart, [handlerFile, eventFile]);
    return { wallMs, cpuMs: result.cpuMs };
  });
  return samples.map((runsOfOne) => ({
    wallMs: median(runsOfOne.map((sample) => sample.wallMs)),
    cpuMs: median(runsOfOne.map((sample) => sample.cpuMs)),
  }));
}
