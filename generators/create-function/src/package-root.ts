import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder at or above `start` that holds `marker`, or undefined. */
export function findUp(start: string, marker: string): string | undefined {
  let directory = start;
  while (!existsSync(join(directory, marker))) {
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
  return directory;
}

/** This package's folder (generators/create-function), from its source or its build alike. */
export const PACKAGE_ROOT = findUp(dirname(fileURLToPath(import.meta.url)), 'package.json') ?? process.cwd();
