import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DependencyManifest, lockfileWithImporters } from './lockfile-importer.js';

/** The folder of the workspace that generated functions are written to. */
const FUNCTIONS_FOLDER = 'functions';

/**
 * Writes into the workspace's pnpm-lock.yaml an importer for every package under functions/ that has none yet (the
 * one just generated, and any generated without linking), each locked as the existing importers lock the same
 * specifiers (`preferredImporters` first). Returns false, with the lock file untouched, when one of them cannot be
 * locked that way (or there is no lock file): then pnpm has to resolve.
 */
export function lockUnlockedFunctions(workspaceRoot: string, preferredImporters: readonly string[] = []): boolean {
  const lockFile = join(workspaceRoot, 'pnpm-lock.yaml');
  const functionsFolder = join(workspaceRoot, FUNCTIONS_FOLDER);
  if (!existsSync(lockFile)) return false;
  const names = existsSync(functionsFolder)
    ? readdirSync(functionsFolder).filter((name) => existsSync(join(functionsFolder, name, 'package.json')))
    : [];
  const packages = names.map((name) => ({
    path: `${FUNCTIONS_FOLDER}/${name}`,
    manifest: JSON.parse(readFileSync(join(functionsFolder, name, 'package.json'), 'utf8')) as DependencyManifest,
  }));
  const before = readFileSync(lockFile, 'utf8');
  const locked = lockfileWithImporters(before, packages, preferredImporters);
  if (locked === undefined) return false;
  if (locked !== before) writeFileSync(lockFile, locked);
  return true;
}
