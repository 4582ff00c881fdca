import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { medianColdImportMs } from './cold-import.js';
import { bundleForNode, bundleHandler } from './esbuild-bundles.js';
import { printTable } from './print-table.js';

const coldImportRuns = 31;
const benchFile = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const outdir = mkdtempSync(join(tmpdir(), 'runtime-bench-'));
try {
  const suite = spawnSync(process.execPath, [await bundleForNode(benchFile('./throughput-suite.ts'), outdir)], {
    stdio: 'inherit',
  });
  if (suite.status !== 0) {
    throw new Error(`the throughput suite exited with ${suite.status}`);
  }

  const fixture = (name: string) => benchFile(`./fixtures/${name}.ts`);
  const bundles = [
    { name: 'empty handler', ...(await bundleHandler(fixture('empty-handler'), outdir)) },
    { name: 'hand-written loop + zod/mini', ...(await bundleHandler(fixture('hand-written-sqs-handler'), outdir)) },
    { name: 'sqsBatch + zod/mini', ...(await bundleHandler(fixture('sqs-batch-handler'), outdir)) },
  ];
  const medians = medianColdImportMs(
    bundles.map((bundle) => bundle.file),
    coldImportRuns,
  );
  const emptyMedian = medians[0] ?? 1;
  printTable(
    `SQS handler bundles (esbuild ESM, minify, node22) and cold import in a fresh node, median of ${coldImportRuns} alternating runs`,
    ['bundle', 'size', 'cold import', 'vs empty'],
    bundles.map((bundle, index) => [
      bundle.name,
      `${(bundle.bytes / 1024).toFixed(1)} KB`,
      `${(medians[index] ?? 0).toFixed(1)} ms`,
      ((medians[index] ?? 0) / emptyMedian).toFixed(2),
    ]),
  );
  console.log('targets: sqsBatch + zod/mini under 60 KB, cold import within ~1.10x of the empty handler');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
