import { existsSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LinkFailedError } from './errors.js';
import { lockUnlockedFunctions } from './function-locking.js';
import { type PnpmCommand, runPnpm } from './pnpm-command.js';

// Resolving: the lock file gains the new package, so not frozen, even where CI=true makes frozen the default.
const resolvingInstall = (root: string, mode: '--offline' | '--prefer-offline'): PnpmCommand => ({
  args: ['install', '--no-frozen-lockfile', mode],
  cwd: root,
});
// When the new package's importer is already written into the lock file: nothing to resolve, only to link.
const lockedInstall = (root: string): PnpmCommand => ({
  args: ['install', '--frozen-lockfile', '--offline'],
  cwd: root,
});

const importerPathOf = (workspaceRoot: string, directory: string): string =>
  relative(workspaceRoot, directory).split(sep).join('/');

/**
 * Installs from the local store, the most offline way that works: the importers written into the lock file and a
 * frozen install; else pnpm resolving offline (the lock file put back first); else with registry metadata when the
 * cache lacks some. Returns the last command tried and how it ended.
 */
async function installFromStore(
  workspaceRoot: string,
  lockFile: string,
  lockBefore: Buffer | undefined,
  preferredImporters: readonly string[],
): Promise<{ command: PnpmCommand; code: number; output: string }> {
  if (lockUnlockedFunctions(workspaceRoot, preferredImporters)) {
    const command = lockedInstall(workspaceRoot);
    const locked = await runPnpm(command);
    if (locked.code === 0) return { command, ...locked };
    // A lock file pnpm does not accept as it is: back to the one before, and let pnpm resolve.
    if (lockBefore !== undefined) writeFileSync(lockFile, lockBefore);
  }
  const offline = resolvingInstall(workspaceRoot, '--offline');
  const resolved = await runPnpm(offline);
  if (resolved.code === 0 || !resolved.output.includes('ERR_PNPM_NO_OFFLINE')) return { command: offline, ...resolved };
  const preferOffline = resolvingInstall(workspaceRoot, '--prefer-offline');
  return { command: preferOffline, ...(await runPnpm(preferOffline)) };
}

/**
 * Links the new package `created` into the workspace from the local store. First with its importer (and that of any
 * other function not linked yet) written into pnpm-lock.yaml from what the other importers already lock (`copiedFrom`,
 * the blueprint's folder, preferred), so pnpm links without resolving: no registry metadata needed, which a store
 * filled by a frozen install does not have. Otherwise pnpm resolves (see installFromStore). Then runs
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
  const installed = await installFromStore(workspaceRoot, lockFile, lockBefore, preferred);
  let failed = installed.code === 0 ? undefined : { command: installed.command, output: installed.output };
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
