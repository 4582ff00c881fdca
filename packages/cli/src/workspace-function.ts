import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { UnknownFunctionError } from './errors.js';
import { workspaceFunctionPackages } from './permission-check/function-package.js';
import { findWorkspaceRoot } from './workspace-root.js';

/** A blueprint or function package folder and the workspace it belongs to. */
export interface WorkspaceFunction {
  directory: string;
  workspaceRoot: string;
}

const packageNameOf = async (directory: string): Promise<unknown> =>
  (JSON.parse(await readFile(join(directory, 'package.json'), 'utf8')) as { name?: unknown }).name;

/**
 * Finds what a `<BLUEPRINT_OR_FUNCTION>` operand means: a package folder (relative to `here`), or else the folder name
 * or package name of a blueprint or function of the workspace (blueprints/<name> before functions/<name>).
 * Throws UnknownFunctionError listing the workspace's blueprints and functions.
 */
export async function findWorkspaceFunction(
  operand: string,
  here: string,
  workspaceRoot?: string,
): Promise<WorkspaceFunction> {
  const folder = resolve(here, operand);
  if (existsSync(join(folder, 'package.json'))) {
    return { directory: folder, workspaceRoot: workspaceRoot ?? findWorkspaceRoot(folder) };
  }
  const root = workspaceRoot ?? findWorkspaceRoot(here);
  const packages = await workspaceFunctionPackages(root);
  const names = await Promise.all(packages.map(packageNameOf));
  const named =
    packages.find((directory) => basename(directory) === operand) ??
    packages.find((_directory, index) => names[index] === operand);
  if (named === undefined) {
    throw new UnknownFunctionError(
      operand,
      packages.map((directory) => relative(root, directory)),
    );
  }
  return { directory: named, workspaceRoot: root };
}
