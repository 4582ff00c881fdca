import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The workspace's Biome (a root dev dependency) as a command. Its platform binary directly when installed: the
 * package's `bin/biome` is a Node script that only finds and starts that binary, and a Node start per formatted file
 * was most of the time a scaffold took. The script otherwise (a platform whose binary package is named differently).
 */
function biomeCommand(): { file: string; args: string[] } {
  const fromBiome = createRequire(require.resolve('@biomejs/biome/package.json'));
  const executable = process.platform === 'win32' ? 'biome.exe' : 'biome';
  try {
    return { file: fromBiome.resolve(`@biomejs/cli-${process.platform}-${process.arch}/${executable}`), args: [] };
  } catch {
    return { file: process.execPath, args: [require.resolve('@biomejs/biome/bin/biome')] };
  }
}

const biome = biomeCommand();

/**
 * Formats a file's text with Biome (format, organized imports, safe fixes) as if it were at `relativePath` under the
 * workspace root, with that workspace's biome.json, without writing anything: generated files look hand-written.
 */
export function formatSource(workspaceRoot: string, relativePath: string, text: string): string {
  const run = spawnSync(biome.file, [...biome.args, 'check', '--write', `--stdin-file-path=${relativePath}`], {
    cwd: workspaceRoot,
    input: text,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(
      `Biome could not format the generated ${relativePath}:\n${run.stderr || run.stdout}${run.error?.message ?? ''}`,
    );
  }
  return run.stdout;
}
