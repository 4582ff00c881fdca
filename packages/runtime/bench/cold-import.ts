import { spawnSync } from 'node:child_process';

// Whole process, as Lambda pays it on a cold start: node starts, imports the bundle, evaluates it, exits.
function coldImportMs(file: string): number {
  const startedAt = performance.now();
  const run = spawnSync(process.execPath, [file], { stdio: 'ignore' });
  if (run.status !== 0) {
    throw new Error(`importing ${file} exited with ${run.status}`);
  }
  return performance.now() - startedAt;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Median cold-import time of each file, running them in turn so machine noise hits them alike. */
export function medianColdImportMs(files: string[], runs: number): number[] {
  const samples = files.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    files.forEach((file, index) => {
      samples[index]?.push(coldImportMs(file));
    });
  }
  return samples.map(median);
}
