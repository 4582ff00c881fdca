import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DependencyTreeNotFoundError } from './errors.js';

export interface InstalledPackage {
  name: string;
  version: string;
  /** The license as package.json declares it, undefined when it declares none. */
  license: string | undefined;
}

interface PackageJson {
  name?: string;
  version?: string;
  license?: unknown;
  licenses?: unknown;
}

const typeOf = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string'
      ? value.type
      : undefined;

/** `license` as SPDX string, or the legacy `{ type }` and `licenses: [{ type }]` forms (several meant a choice). */
function declaredLicense(packageJson: PackageJson): string | undefined {
  const license = typeOf(packageJson.license);
  if (license !== undefined) return license;
  if (!Array.isArray(packageJson.licenses)) return undefined;
  const types = packageJson.licenses.map(typeOf).filter((type) => type !== undefined);
  return types.length === 0 ? undefined : types.length === 1 ? types[0] : `(${types.join(' OR ')})`;
}

/** The packages in one `.pnpm/<entry>/node_modules`: its real directories (dependencies there are symlinks). */
async function packageDirectories(modulesDirectory: string): Promise<string[]> {
  const children = await readdir(modulesDirectory, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    children.map(async (child) => {
      const path = join(modulesDirectory, child.name);
      if (child.name.startsWith('@') && child.isDirectory()) {
        const scoped = await readdir(path, { withFileTypes: true });
        return scoped.filter((entry) => entry.isDirectory()).map((entry) => join(path, entry.name));
      }
      return child.isDirectory() ? [path] : [];
    }),
  );
  return nested.flat();
}

async function readPackage(directory: string): Promise<InstalledPackage | undefined> {
  try {
    const packageJson = JSON.parse(await readFile(join(directory, 'package.json'), 'utf8')) as PackageJson;
    if (packageJson.name === undefined || packageJson.version === undefined) return undefined;
    return { name: packageJson.name, version: packageJson.version, license: declaredLicense(packageJson) };
  } catch {
    // A directory without a package.json (e.g. mid-install) is not a package.
    return undefined;
  }
}

/**
 * Every package pnpm installed for the workspace: one per directory of `<root>/node_modules/.pnpm` (the whole lock
 * file, dev and optional dependencies included), sorted by name and version, each name@version once.
 */
export async function installedPackages(workspaceRoot: string): Promise<InstalledPackage[]> {
  const store = join(workspaceRoot, 'node_modules', '.pnpm');
  const entries = await readdir(store, { withFileTypes: true }).catch(() => {
    throw new DependencyTreeNotFoundError(store);
  });
  const directories = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() && entry.name !== 'node_modules')
      .map((entry) => packageDirectories(join(store, entry.name, 'node_modules'))),
  );
  const packages = await Promise.all(directories.flat().map(readPackage));
  const unique = new Map<string, InstalledPackage>();
  for (const found of packages) if (found !== undefined) unique.set(`${found.name}@${found.version}`, found);
  return [...unique.values()].sort((left, right) =>
    `${left.name}@${left.version}`.localeCompare(`${right.name}@${right.version}`),
  );
}
