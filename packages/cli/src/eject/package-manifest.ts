import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The fields of a package.json that eject reads or rewrites; every other field is carried over as it is. */
export interface PackageManifest {
  name?: string;
  version?: string;
  private?: boolean;
  engines?: Record<string, string>;
  packageManager?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  [field: string]: unknown;
}

/** The package.json of `directory`. */
export async function readManifest(directory: string): Promise<PackageManifest> {
  return JSON.parse(await readFile(join(directory, 'package.json'), 'utf8')) as PackageManifest;
}

/** package.json as npm and Biome write it: every object and array expanded, two spaces, a final newline. */
export const manifestText = (manifest: PackageManifest): string => `${JSON.stringify(manifest, null, 2)}\n`;
