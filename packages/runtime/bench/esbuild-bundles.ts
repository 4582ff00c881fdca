import { statSync } from 'node:fs';
import { join, parse } from 'node:path';
import { build } from 'esbuild';

const sourceCondition = '@lambda-blueprints/source';

/** Bundles a handler the way a blueprint ships it: ESM, minified, for the Lambda Node.js 22 runtime. */
export async function bundleHandler(entry: string, outdir: string): Promise<{ file: string; bytes: number }> {
  const file = join(outdir, `${parse(entry).name}.mjs`);
  await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    format: 'esm',
    minify: true,
    platform: 'node',
    target: 'node22',
    conditions: [sourceCondition],
    logLevel: 'error',
  });
  return { file, bytes: statSync(file).size };
}

/**
 * Bundles a benchmark script to run under plain `node`, as every contender runs in Lambda: bundled. Under tsx each
 * dynamic `import()` goes through its loader hooks, and Powertools imports its parser per record, which made it
 * look twenty times slower than it is.
 */
export async function bundleForNode(entry: string, outdir: string): Promise<string> {
  const file = join(outdir, `${parse(entry).name}.mjs`);
  await build({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    conditions: [sourceCondition],
    // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  return file;
}
