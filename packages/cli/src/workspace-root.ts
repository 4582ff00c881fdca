import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from './errors.js';

/** The nearest directory at or above `start` holding pnpm-workspace.yaml: the root of the workspace. */
export function findWorkspaceRoot(start: string): string {
  let directory = resolve(start);
  while (!existsSync(join(directory, 'pnpm-workspace.yaml'))) {
    const parent = dirname(directory);
    if (parent === directory) {
      throw new UsageError(
        `No pnpm-workspace.yaml at or above ${start}: run inside the workspace or pass --root <dir>.`,
      );
    }
    directory = parent;
  }
  return directory;
}
