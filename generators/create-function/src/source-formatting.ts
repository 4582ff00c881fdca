import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

// The workspace's Biome (a root dev dependency), found from this package wherever the function is written.
const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');

/**
 * Formats a file's text with Biome (format, organized imports, safe fixes) as if it were at `relativePath` under the
 * workspace root, with that workspace's biome.json, without writing anything: generated files look hand-written.
 */
export function formatSource(workspaceRoot: string, relativePath: string, text: string): string {
  const run = spawnSync(process.execPath, [biome, 'check', '--write', `--stdin-file-path=${relativePath}`], {
    cwd: workspaceRoot,
    input: text,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(`Biome could not format the generated ${relativePath}:\n${run.stderr || run.stdout}`);
  }
  return run.stdout;
}
