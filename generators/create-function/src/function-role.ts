import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RoleEntry, RoleSpec } from '@lambda-blueprints/role-templates';
import { BlueprintShapeError } from './errors.js';
import { ROLE_FILE, roleFileWith } from './role-file.js';

/** The package script of a blueprint (and of every function made from it) that rewrites its README permissions table. */
export const README_SCRIPT = 'readme';

const keyOf = (entry: RoleEntry): string => `${entry.template} on ${entry.on ?? '(account)'}`;

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

/**
 * Rewrites a function package's infra/role.ts to list `spec` (and its package.json "blueprint" templates), then its README permissions table with the package's own
 * `readme` script (so the table keeps the format its README test checks). For `pnpm blueprints role add|remove`.
 * Throws BlueprintShapeError when the package has no such script, and an Error with pnpm's output when it fails.
 */
export function writeFunctionRole(functionDirectory: string, spec: RoleSpec): void {
  const manifest = JSON.parse(readFileSync(join(functionDirectory, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  > & {
    scripts?: Record<string, string>;
  };
  if (manifest.scripts?.[README_SCRIPT] === undefined) {
    throw new BlueprintShapeError(
      join(functionDirectory, 'package.json'),
      `it has no "${README_SCRIPT}" script to rewrite the README permissions table from ${ROLE_FILE}`,
    );
  }
  const manifestFile = join(functionDirectory, 'package.json');
  writeFileSync(manifestFile, `${JSON.stringify(manifestWithTemplates(manifest, spec), null, 2)}\n`);
  const roleFile = join(functionDirectory, ROLE_FILE);
  writeFileSync(roleFile, roleFileWith(readFileSync(roleFile, 'utf8'), spec));
  const run = spawnSync('pnpm', ['run', '--silent', README_SCRIPT], { cwd: functionDirectory, encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(`pnpm run ${README_SCRIPT} failed in ${functionDirectory}:\n${run.stdout}${run.stderr}`);
  }
}
