import { existsSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LinkFailedError } from './errors.js';
import { lockUnlockedFunctions } from './function-locking.js';
import { type PnpmCommand, runPnpm } from './pnpm-command.js';

// The lock file gains the new package: not frozen, even where CI=true makes frozen the default.
const install = (root: string, mode: '--offline' | '--prefer-offline'): PnpmCommand => ({
  args: ['install', '--no-frozen-lockfile', mode],
  cwd: root,
});
// When the new package's importer is already written into the lock file: nothing to resolve, only to link.
const installLocked = (root: string): PnpmCommand => ({
  args: ['install', '--frozen-lockfile', '--offline'],
  cwd: root,
});

const importerPathOf = (workspaceRoot: string, directory: string): string =>
  relative(workspaceRoot, directory).split(sep).join('/');

/**
 * Links the new package `created` into the workspace from the local store. First with its importer (and that of any
 * other function not linked yet) written into pnpm-lock.yaml from what the other importers already lock (`copiedFrom`,
 * the blueprint's folder, preferred), so pnpm links without resolving: no registry metadata needed, which a store
 * filled by a frozen install does not have.
 * Otherwise `pnpm install --offline`, and `--prefer-offline` when the metadata cache lacks something. Then runs
 * `afterwards` (the new package's own scripts) in order. When any of them fails, `created` is removed and
 * pnpm-lock.yaml restored byte for byte; LinkFailedError carries the failing command's output.
 */
export async function linkWorkspace(
  workspaceRoot: string,
  created: string,
  afterwards: readonly PnpmCommand[] = [],
  copiedFrom?: string,
): Promise<void> {
  const lockFile = join(workspaceRoot, 'pnpm-lock.yaml');
  const lockBefore = existsSync(lockFile) ? readFileSync(lockFile) : undefined;
  const preferred = copiedFrom === undefined ? [] : [importerPathOf(workspaceRoot, copiedFrom)];
  let installing = install(workspaceRoot, '--offline');
  let result = { code: 1, output: '' };
  if (lockUnlockedFunctions(workspaceRoot, preferred)) {
    installing = installLocked(workspaceRoot);
    result = await runPnpm(installing);
    // A lock file pnpm does not accept as it is: back to the one before, and let pnpm resolve.
    if (result.code !== 0 && lockBefore !== undefined) writeFileSync(lockFile, lockBefore);
  }
  if (result.code !== 0) {
    installing = install(workspaceRoot, '--offline');
    result = await runPnpm(installing);
  }
  if (result.code !== 0 && result.output.includes('ERR_PNPM_NO_OFFLINE')) {
    installing = install(workspaceRoot, '--prefer-offline');
    result = await runPnpm(installing);
  }
  let failed = result.code === 0 ? undefined : { command: installing, output: result.output };
  for (const command of afterwards) {
    if (failed !== undefined) break;
    const { code, output } = await runPnpm(command);
    if (code !== 0) failed = { command, output };
  }
  if (failed === undefined) return;
  rmSync(created, { recursive: true, force: true });
  if (lockBefore !== undefined) writeFileSync(lockFile, lockBefore);
  else if (existsSync(lockFile)) unlinkSync(lockFile);
  throw new LinkFailedError(`pnpm ${failed.command.args.join(' ')}`, failed.output);
}
