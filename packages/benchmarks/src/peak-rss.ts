import { measureInTurns } from './alternating-runs.js';
import { median } from './median.js';
import { runProbe } from './probe-process.js';
import type { ProbeScripts } from './probe-scripts.js';

/**
 * Peak resident set size of a fresh `node` that imports each handler and invokes it once with `eventFile`, in bytes:
 * the median of `runs` runs per handler, the handlers taking turns. In the handlers' order.
 */
export function measurePeakRss(
  probes: ProbeScripts,
  handlerFiles: readonly string[],
  eventFile: string,
  runs: number,
): number[] {
  const samples = measureInTurns(
    handlerFiles,
    runs,
    (handlerFile) =>
      runProbe<{ peakRssBytes: number }>('peak RSS', probes.peakRss, [handlerFile, eventFile]).result.peakRssBytes,
  );
  return samples.map(median);
}
