import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Cold start as Lambda pays it: a fresh node process imports the bundle and runs one small batch, then exits.
// The blueprint's real dist/handler.mjs is compared with an empty handler running the same batch.
const runs = 31;
const bundle = fileURLToPath(new URL('../dist/handler.mjs', import.meta.url));
const batch = readFileSync(new URL('../events/status-changes.json', import.meta.url), 'utf8');

/**
 * A script that imports `handlerFile`, invokes it once with the sample batch, and reports the CPU time the process
 * used on stderr. It sets up process.stdout first, as the Lambda runtime has before it loads a handler, so the
 * handler's first log line is not charged for it.
 */
function invokerSource(handlerFile: string): string {
  return `process.stdout;
const { handler } = await import(${JSON.stringify(pathToFileURL(handlerFile).href)});
const response = await handler(${batch}, { awsRequestId: 'bench', getRemainingTimeInMillis: () => 30000 });
if (response.batchItemFailures.length > 0) process.exit(2);
const usage = process.resourceUsage();
process.stderr.write(String((usage.userCPUTime + usage.systemCPUTime) / 1000));
`;
}

/** Wall time of the whole process, and the CPU time it reports (less sensitive to other load on the machine). */
function coldStart(script: string): { wallMs: number; cpuMs: number } {
  const startedAt = performance.now();
  const run = spawnSync(process.execPath, [script], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wallMs = performance.now() - startedAt;
  if (run.status !== 0) throw new Error(`${script} exited with ${run.status}: ${run.stderr}`);
  return { wallMs, cpuMs: Number(run.stderr) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const workdir = mkdtempSync(join(tmpdir(), 'blueprint-bench-'));
try {
  const emptyHandler = join(workdir, 'empty-handler.mjs');
  writeFileSync(emptyHandler, 'export const handler = async () => ({ batchItemFailures: [] });\n');
  const contenders = [
    { name: 'empty handler', handlerFile: emptyHandler },
    { name: 'dist/handler.mjs', handlerFile: bundle },
  ].map((contender, index) => {
    const script = join(workdir, `invoke-${index}.mjs`);
    writeFileSync(script, invokerSource(contender.handlerFile));
    return { ...contender, script, wallMs: [] as number[], cpuMs: [] as number[] };
  });
  // Alternating runs, so load from other processes on the machine hits both alike.
  for (let run = 0; run < runs; run++) {
    for (const contender of contenders) {
      const { wallMs, cpuMs } = coldStart(contender.script);
      contender.wallMs.push(wallMs);
      contender.cpuMs.push(cpuMs);
    }
  }
  const [empty, blueprint] = contenders.map((contender) => ({
    wall: median(contender.wallMs),
    cpu: median(contender.cpuMs),
  })) as [{ wall: number; cpu: number }, { wall: number; cpu: number }];
  console.log(
    `Cold start: fresh node ${process.version}, import + one batch of events/status-changes.json, median of ${runs}`,
  );
  console.log(`bundle size       ${(statSync(bundle).size / 1024).toFixed(1)} KB (target <= 60 KB)`);
  console.log('                  wall ms   cpu ms');
  console.log(`empty handler     ${empty.wall.toFixed(1).padStart(7)}  ${empty.cpu.toFixed(1).padStart(7)}`);
  console.log(`dist/handler.mjs  ${blueprint.wall.toFixed(1).padStart(7)}  ${blueprint.cpu.toFixed(1).padStart(7)}`);
  console.log(
    `ratio             ${(blueprint.wall / empty.wall).toFixed(2).padStart(6)}x  ${(blueprint.cpu / empty.cpu).toFixed(2).padStart(6)}x  (target <= 1.10x)`,
  );
} finally {
  rmSync(workdir, { recursive: true, force: true });
}
