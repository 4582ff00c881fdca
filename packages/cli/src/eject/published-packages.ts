import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readManifest } from './package-manifest.js';

/** Where the workspace keeps the packages it publishes to the registry. */
const PUBLISHED_FOLDER = 'packages';

/** A package the workspace publishes. */
export interface PublishedPackage {
  name: string;
  version: string;
  directory: string;
}

/**
 * The packages the workspace publishes: those under packages/ that are not private. These are the only workspace
 * dependencies an ejected project can install.
 */
export async function publishedPackages(workspaceRoot: string): Promise<PublishedPackage[]> {
  const folder = join(workspaceRoot, PUBLISHED_FOLDER);
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const directories = entries
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'package.json')))
    .map((entry) => join(folder, entry.name))
    .sort();
  const packages = await Promise.all(
    directories.map(async (directory) => ({ directory, manifest: await readManifest(directory) })),
  );
  return packages.flatMap(({ directory, manifest: { name, version, private: isPrivate } }) =>
    name !== undefined && version !== undefined && isPrivate !== true ? [{ name, version, directory }] : [],
  );
}

/** The version of every package the workspace publishes, by name. */
export async function publishedVersions(workspaceRoot: string): Promise<Map<string, string>> {
  return new Map((await publishedPackages(workspaceRoot)).map(({ name, version }) => [name, version]));
}
