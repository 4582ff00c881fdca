import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { lockUnlockedFunctions } from '@lambda-blueprints/create-function';
import { UnlockableFunctionError } from './errors.js';
import { type CommandRun, runWorkspaceCommand } from './workspace-command.js';

/** A copy of the workspace in a temporary folder, and how to remove it. */
export interface WorkspaceCopy {
  root: string;
  remove: () => void;
}

// The user's functions stay behind: nothing of theirs is measured, and nothing generated in the copy can reach them.
const isCopied = (path: string): boolean => !path.startsWith('functions/') || path === 'functions/.gitkeep';

/**
 * Links the workspace at `root` from the local store, as `pnpm create-function` does: new functions' importers
 * written into the lock file, then a frozen offline install, which never asks the registry. Throws
 * UnlockableFunctionError when a function cannot be locked that way, CommandFailedError when pnpm fails.
 */
export function installFromStore(root: string): CommandRun {
  if (!lockUnlockedFunctions(root)) throw new UnlockableFunctionError(root);
  return runWorkspaceCommand('pnpm', ['install', '--frozen-lockfile', '--offline'], root);
}

/**
 * Copies the workspace at `sourceRoot` into a temporary folder: its files as git lists them (tracked and new, not
 * ignored, so no node_modules or build output), without the user's functions/. The copy becomes a git repository of
 * its own, as turbo caches only inside one, and is linked with `pnpm install` from the local store.
 */
export function copyWorkspace(sourceRoot: string): WorkspaceCopy {
  const root = mkdtempSync(join(tmpdir(), 'lambda-blueprints-bench-'));
  const remove = (): void => rmSync(root, { recursive: true, force: true });
  try {
    const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
      cwd: sourceRoot,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    for (const path of listed.split('\0')) {
      // Files deleted in the work tree are still listed as cached.
      if (path !== '' && isCopied(path) && existsSync(join(sourceRoot, path))) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        copyFileSync(join(sourceRoot, path), join(root, path));
      }
    }
    const git = ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', '-c', 'commit.gpgsign=false'];
    runWorkspaceCommand('git', ['init', '--quiet'], root);
    runWorkspaceCommand('git', [...git, 'add', '--all'], root);
    runWorkspaceCommand('git', [...git, 'commit', '--quiet', '--message', 'workspace copy for pnpm bench'], root);
    installFromStore(root);
  } catch (error) {
    remove();
    throw error;
  }
  return { root, remove };
}
