import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/package-root.js';
import { realWorkspaceRoot } from './workspace-copy.js';

/** How the bin ended: its exit code and what it printed. */
export interface BinRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `pnpm create-function <args>` as the root script does (tsx with the source condition) in `workspaceRoot`, with
 * no terminal on stdin, as CI and scripts run it.
 */
export function runBin(workspaceRoot: string, args: readonly string[]): Promise<BinRun> {
  const tsx = join(realWorkspaceRoot, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, ['--conditions=@lambda-blueprints/source', join(PACKAGE_ROOT, 'src', 'bin.ts'), ...args], {
    cwd: workspaceRoot,
    env: { ...process.env, INIT_CWD: workspaceRoot, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
