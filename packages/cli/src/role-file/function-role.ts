import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type EventSourceKind,
  parseEventSource,
  type RoleEntry,
  type RoleSpec,
} from '@lambda-blueprints/role-templates';
import { FunctionPackageShapeError, PackageScriptFailedError } from '../errors.js';
import { ROLE_FILE, readRoleEntries, roleFileWith } from './role-file.js';

/** The package script of a blueprint (and of every function made from it) that rewrites its README permissions table. */
export const README_SCRIPT = 'readme';

const MANIFEST = 'package.json';

type Manifest = Record<string, unknown> & { name?: unknown; scripts?: Record<string, string>; blueprint?: unknown };

const readManifest = (directory: string): Manifest =>
  JSON.parse(readFileSync(join(directory, MANIFEST), 'utf8')) as Manifest;

const keyOf = (entry: RoleEntry): string => `${entry.template} on ${entry.on ?? '(account)'}`;

/** Whether two role entries are the same line of infra/role.ts: the same template on the same resource. */
export const sameEntry = (a: RoleEntry, b: RoleEntry): boolean => keyOf(a) === keyOf(b);

/**
 * The blueprint's role entries (in their order) followed by those the options imply that it lacks: the blueprint may
 * hold entries of its own (a stream's on-failure queue), the options add theirs, nothing is listed twice.
 */
export function mergedRole(blueprintRole: RoleSpec, implied: RoleSpec): RoleEntry[] {
  const seen = new Set(blueprintRole.map(keyOf));
  return [...blueprintRole, ...implied.filter((entry) => !seen.has(keyOf(entry)))];
}

/** A package manifest whose "blueprint" field lists the templates of `spec`, in order (the blueprint shape's rule). */
export function manifestWithTemplates(manifest: Record<string, unknown>, spec: RoleSpec): Record<string, unknown> {
  const { blueprint } = manifest;
  if (typeof blueprint !== 'object' || blueprint === null) return manifest;
  return { ...manifest, blueprint: { ...blueprint, templates: spec.map((entry) => entry.template) } };
}

/** A function package's role as its files say it: infra/role.ts, and the source its package.json "blueprint" names. */
export interface FunctionRole {
  packageName: string;
  source: EventSourceKind;
  /** The text of infra/role.ts. */
  roleFileText: string;
  entries: RoleEntry[];
}

/** Reads the role of the blueprint or function package in `directory`; throws FunctionPackageShapeError when its files lack the blueprint shape. */
export function readFunctionRole(directory: string): FunctionRole {
  const manifest = readManifest(directory);
  const { blueprint } = manifest;
  const source =
    typeof blueprint === 'object' && blueprint !== null && 'source' in blueprint ? blueprint.source : undefined;
  if (typeof source !== 'string') {
    throw new FunctionPackageShapeError(
      join(directory, MANIFEST),
      'it has no "blueprint": { "source": ... } field naming the event source the function reads',
    );
  }
  const roleFile = join(directory, ROLE_FILE);
  if (!existsSync(roleFile)) {
    throw new FunctionPackageShapeError(
      directory,
      `it has no ${ROLE_FILE}, the list of role templates its role is made of`,
    );
  }
  const roleFileText = readFileSync(roleFile, 'utf8');
  return {
    packageName: typeof manifest.name === 'string' ? manifest.name : directory,
    source: parseEventSource(source),
    roleFileText,
    entries: readRoleEntries(roleFileText),
  };
}

/**
 * Rewrites a function package's infra/role.ts to list `spec` (and its package.json "blueprint" templates), then its
 * README permissions table with the package's own `readme` script (so the table keeps the format its README test
 * checks). For `blueprints role add|remove`. Throws FunctionPackageShapeError when the package has no such script
 * (before writing anything), and PackageScriptFailedError with pnpm's output when the script fails.
 */
export function writeFunctionRole(functionDirectory: string, spec: RoleSpec): void {
  const manifest = readManifest(functionDirectory);
  if (manifest.scripts?.[README_SCRIPT] === undefined) {
    throw new FunctionPackageShapeError(
      join(functionDirectory, MANIFEST),
      `it has no "${README_SCRIPT}" script to rewrite the README permissions table from ${ROLE_FILE}`,
    );
  }
  writeFileSync(
    join(functionDirectory, MANIFEST),
    `${JSON.stringify(manifestWithTemplates(manifest, spec), null, 2)}\n`,
  );
  const roleFile = join(functionDirectory, ROLE_FILE);
  writeFileSync(roleFile, roleFileWith(readFileSync(roleFile, 'utf8'), spec));
  const run = spawnSync('pnpm', ['run', '--silent', README_SCRIPT], { cwd: functionDirectory, encoding: 'utf8' });
  if (run.status !== 0) {
    throw new PackageScriptFailedError(README_SCRIPT, functionDirectory, run.status, `${run.stdout}${run.stderr}`);
  }
}
