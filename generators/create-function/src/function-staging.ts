import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FunctionExistsError } from './errors.js';

/**
 * Has `write` fill a fresh staging folder (under node_modules/.cache, on the workspace's own file system, ignored by
 * git, Biome and pnpm), then moves `<staging>/<name>` to functions/<name> in one rename: the function appears whole or
 * not at all. The staging folder is removed whatever happens.
 */
export async function writeThroughStaging(
  workspaceRoot: string,
  name: string,
  write: (stagingDirectory: string) => Promise<void>,
): Promise<string> {
  const target = join(workspaceRoot, 'functions', name);
  const stagingParent = join(workspaceRoot, 'node_modules', '.cache', 'create-function');
  mkdirSync(stagingParent, { recursive: true });
  const staging = mkdtempSync(join(stagingParent, `${name}-`));
  try {
    await write(staging);
    // Checked again: another run may have made it since the answers were validated.
    if (existsSync(target)) throw new FunctionExistsError(name, target);
    mkdirSync(join(workspaceRoot, 'functions'), { recursive: true });
    renameSync(join(staging, name), target);
    return target;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
