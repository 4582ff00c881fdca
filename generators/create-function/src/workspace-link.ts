import { existsSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkFailedError } from './errors.js';
import { type PnpmCommand, runPnpm } from './pnpm-command.js';

// The lock file gains the new package: not frozen, even where CI=true makes frozen the default.
const install = (root: string, mode: '--offline' | '--prefer-offline'): PnpmCommand => ({
  args: ['install', '--no-frozen-lockfile', mode],
  cwd: root,
});

/**
 * Links the workspace's packages with `pnpm install` from the local store (`--offline`; `--prefer-offline` when the
 * store lacks some metadata), then runs `afterwards` (the new package's own scripts) in order. When any of them fails,
 * `created` is removed and pnpm-lock.yaml restored byte for byte; LinkFailedError carries the failing command's output.
 */
export async function linkWorkspace(
  workspaceRoot: string,
  created: string,
  afterwards: readonly PnpmCommand[] = [],
): Promise<void> {
  const lockFile = join(workspaceRoot, 'pnpm-lock.yaml');
  const lockBefore = existsSync(lockFile) ? readFileSync(lockFile) : undefined;
  let installing = install(workspaceRoot, '--offline');
  let result = await runPnpm(installing);
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
