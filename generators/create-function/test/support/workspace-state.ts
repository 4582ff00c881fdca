import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a scaffold that fails must leave exactly as it was: the functions/ listing and pnpm-lock.yaml. */
export interface WorkspaceState {
  functions: string[];
  lockFile: string | undefined;
}

export function workspaceState(root: string): WorkspaceState {
  const lockPath = join(root, 'pnpm-lock.yaml');
  return {
    functions: readdirSync(join(root, 'functions')).sort(),
    lockFile: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : undefined,
  };
}
