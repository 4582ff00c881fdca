import { existsSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { EjectSourceNotFoundError } from '../errors.js';
import { workspaceFunctionPackages } from '../permission-check/function-package.js';
import { findWorkspaceRoot } from '../workspace-root.js';

/** The package folder to eject and the workspace it belongs to. */
export interface EjectSource {
  directory: string;
  workspaceRoot: string;
}

/**
 * Finds what `blueprints eject <operand>` means: a package folder (relative to `here`), or else the name of a
 * blueprint or function of the workspace (blueprints/<name> before functions/<name>).
 */
export async function findEjectSource(operand: string, here: string, workspaceRoot?: string): Promise<EjectSource> {
  const folder = resolve(here, operand);
  if (existsSync(join(folder, 'package.json'))) {
    return { directory: folder, workspaceRoot: workspaceRoot ?? findWorkspaceRoot(folder) };
  }
  const root = workspaceRoot ?? findWorkspaceRoot(here);
  const packages = await workspaceFunctionPackages(root);
  const named = packages.find((directory) => basename(directory) === operand);
  if (named === undefined) {
    throw new EjectSourceNotFoundError(
      operand,
      packages.map((directory) => relative(root, directory)),
    );
  }
  return { directory: named, workspaceRoot: root };
}
