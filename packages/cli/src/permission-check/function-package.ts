import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { FunctionPackageNotFoundError, SynthesizedTemplateNotFoundError } from '../errors.js';
import { ROLE_FILE } from '../role-file/role-file.js';

/** The handler every blueprint and generated function has: the entry of its bundle. */
export const HANDLER_ENTRY = 'src/handler.ts';

/** The folders of the workspace that hold function packages. */
const FUNCTION_FOLDERS = ['blueprints', 'functions'] as const;

/** A blueprint or generated function, ready to be checked. */
export interface FunctionPackage {
  directory: string;
  name: string;
  /** The synthesized templates, `cdk.out/*.template.json`. */
  templates: string[];
  /** Where its role is written, for advice: infra/role.ts, or its infra folder when it has none. */
  roleFile: string;
}

/**
 * Reads a function package and finds its synthesized templates in `cdkOut` (relative to the package, or absolute);
 * throws when it is not a function package or when it has not been synthesized.
 */
export async function readFunctionPackage(directory: string, cdkOut = 'cdk.out'): Promise<FunctionPackage> {
  const absolute = resolve(directory);
  const packageJson = join(absolute, 'package.json');
  if (!existsSync(packageJson)) throw new FunctionPackageNotFoundError(directory, 'package.json');
  if (!existsSync(join(absolute, HANDLER_ENTRY))) throw new FunctionPackageNotFoundError(directory, HANDLER_ENTRY);
  const { name } = JSON.parse(await readFile(packageJson, 'utf8')) as { name?: string };
  const packageName = name ?? absolute;
  const assembly = resolve(absolute, cdkOut);
  const entries = await readdir(assembly).catch(() => []);
  const templates = entries
    .filter((entry) => entry.endsWith('.template.json'))
    .sort()
    .map((entry) => join(assembly, entry));
  if (templates.length === 0) throw new SynthesizedTemplateNotFoundError(assembly, packageName);
  const roleFile = existsSync(join(absolute, ROLE_FILE)) ? ROLE_FILE : "the stack's role (infra/)";
  return { directory: absolute, name: packageName, templates, roleFile };
}

/** Every blueprint and generated function of the workspace: the folders under blueprints/ and functions/ with a package.json. */
export async function workspaceFunctionPackages(workspaceRoot: string): Promise<string[]> {
  const directories = await Promise.all(
    FUNCTION_FOLDERS.map(async (folder) => {
      const entries = await readdir(join(workspaceRoot, folder), { withFileTypes: true }).catch(() => []);
      return entries
        .filter((entry) => entry.isDirectory() && existsSync(join(workspaceRoot, folder, entry.name, 'package.json')))
        .map((entry) => join(workspaceRoot, folder, entry.name))
        .sort();
    }),
  );
  return directories.flat();
}
