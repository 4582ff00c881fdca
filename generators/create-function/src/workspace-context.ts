import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { readBlueprints } from './blueprint-catalog.js';
import { WorkspaceNotFoundError } from './errors.js';
import { findUp } from './package-root.js';
import type { ValidationContext } from './validation.js';

/** The root of the pnpm workspace at or above `start`. */
export function findWorkspaceRoot(start: string): string {
  const root = findUp(start, 'pnpm-workspace.yaml');
  if (root === undefined) throw new WorkspaceNotFoundError(start);
  return root;
}

interface Manifest {
  name?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

function manifestsOf(root: string): Manifest[] {
  const folders = ['packages', 'blueprints', 'generators'].flatMap((group) =>
    existsSync(join(root, group)) ? readdirSync(join(root, group)).map((folder) => join(root, group, folder)) : [],
  );
  return [root, ...folders]
    .filter((folder) => existsSync(join(folder, 'package.json')))
    .map((folder) => JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Manifest);
}

/**
 * Names a function package cannot take: Node.js built-ins (npm refuses them), and every package name the workspace
 * has or depends on (a workspace package of that name would shadow it for `pnpm --filter` and for imports).
 */
function reservedNamesOf(root: string): Set<string> {
  const names = new Set<string>(builtinModules);
  for (const manifest of manifestsOf(root)) {
    if (manifest.name !== undefined) names.add(manifest.name);
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })) names.add(name);
  }
  return names;
}

/** What validation and the prompts need to know about the workspace at `root`. */
export function workspaceContext(root: string): ValidationContext {
  return {
    blueprints: readBlueprints(root),
    reservedNames: reservedNamesOf(root),
    functionsDirectory: join(root, 'functions'),
  };
}
