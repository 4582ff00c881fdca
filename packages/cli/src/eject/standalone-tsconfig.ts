import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { SOURCE_CONDITION } from './standalone-command.js';

interface Tsconfig {
  extends?: string;
  compilerOptions?: Record<string, unknown>;
  [field: string]: unknown;
}

const isOutside = (directory: string, file: string): boolean => relative(directory, file).startsWith('..');

/** compilerOptions.customConditions without the source condition (and without the option once it is empty). */
function withoutSourceCondition(options: Record<string, unknown>): Record<string, unknown> {
  const { customConditions, ...rest } = options;
  if (!Array.isArray(customConditions)) return options;
  const kept = customConditions.filter((condition) => condition !== SOURCE_CONDITION);
  return kept.length > 0 ? { ...rest, customConditions: kept } : rest;
}

/**
 * A tsconfig of the package (`file`) as an ejected project needs it: a base it extends from outside the package
 * (tsconfig.base.json of the workspace) is inlined, and the source condition goes, since published packages resolve
 * to their dist/. Only compilerOptions are taken from such a base: the workspace's holds flags, no paths.
 */
export async function standaloneTsconfig(packageDirectory: string, file: string): Promise<Tsconfig> {
  const tsconfig = JSON.parse(await readFile(file, 'utf8')) as Tsconfig;
  const { extends: base, ...own } = tsconfig;
  const baseFile = base?.startsWith('.') ? resolve(dirname(file), base) : undefined;
  if (baseFile === undefined || !isOutside(packageDirectory, baseFile)) {
    return { ...tsconfig, compilerOptions: withoutSourceCondition(tsconfig.compilerOptions ?? {}) };
  }
  const inlined = await standaloneTsconfig(packageDirectory, baseFile);
  return {
    ...own,
    compilerOptions: withoutSourceCondition({ ...inlined.compilerOptions, ...own.compilerOptions }),
  };
}
