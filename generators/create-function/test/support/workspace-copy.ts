import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findWorkspaceRoot } from '../../src/workspace-context.js';

/** The real workspace this package lives in. */
export const realWorkspaceRoot = findWorkspaceRoot(import.meta.dirname);

/** A copy of the workspace in a temporary folder, and how to remove it. */
export interface WorkspaceCopy {
  root: string;
  remove: () => void;
}

/**
 * Copies the workspace's files (tracked and new ones, as git lists them: no node_modules, build output or functions of
 * the real functions/ folder) into a temporary folder, and links it with one `pnpm install --offline` from the local
 * store. Generating functions there never touches the real workspace.
 */
export function copyWorkspace(options: { install: boolean } = { install: true }): WorkspaceCopy {
  const root = mkdtempSync(join(tmpdir(), 'create-function-workspace-'));
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: realWorkspaceRoot,
    encoding: 'utf8',
  });
  const files = listed
    .split('\0')
    .filter((path) => path.length > 0 && (!path.startsWith('functions/') || path === 'functions/.gitkeep'))
    .filter((path) => existsSync(join(realWorkspaceRoot, path)));
  for (const path of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    copyFileSync(join(realWorkspaceRoot, path), join(root, path));
  }
  if (options.install) pnpm(root, ['install', '--offline', '--no-frozen-lockfile']);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Runs pnpm in `cwd`; throws with its output when it fails. */
export function pnpm(cwd: string, args: readonly string[]): string {
  const run = spawnSync('pnpm', args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (run.status !== 0) throw new Error(`pnpm ${args.join(' ')} failed in ${cwd}:\n${run.stdout}\n${run.stderr}`);
  return `${run.stdout}${run.stderr}`;
}
