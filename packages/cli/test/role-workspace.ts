import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventSourceKind, RoleSpec } from '@lambda-blueprints/role-templates';
import { roleEntrySource } from '../src/index.js';

/** The root of this repository, whose package.json pins pnpm. */
export const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** A blueprint-shaped infra/role.ts listing `lines` (each a role entry's source, or anything else to test refusals). */
export function roleFileSource(lines: readonly string[]): string {
  return [
    "import type { RoleSpec } from '@lambda-blueprints/role-templates';",
    '',
    '/** The role: one template per line. */',
    'export const role: RoleSpec = [',
    ...lines.map((line) => `  ${line},`),
    '];',
    '',
  ].join('\n');
}

/** infra/role.ts listing the entries of `spec`. */
export const roleFileOf = (spec: RoleSpec): string => roleFileSource(spec.map(roleEntrySource));

// Stands in for a blueprint's readme script: the README becomes infra/role.ts as the script found it.
const COPY_ROLE_TO_README = `node -e "const fs = require('fs'); fs.writeFileSync('README.md', fs.readFileSync('infra/role.ts'))"`;

export interface RoleWorkspaceOptions {
  /** @default 'orders' */
  folder?: string;
  /** @default '@acme/orders' */
  packageName?: string;
  /** @default 'sqs' */
  source?: EventSourceKind;
  role: RoleSpec;
  /** The package's scripts. @default a readme script that copies infra/role.ts into README.md */
  scripts?: Record<string, string>;
}

export interface RoleWorkspace {
  root: string;
  /** functions/<folder>. */
  directory: string;
  read: (path: string) => Promise<string>;
  remove: () => Promise<void>;
}

/**
 * A temp workspace (pnpm-workspace.yaml, and the package.json pinning this repository's pnpm, which corepack needs
 * outside the repository) holding one function package under functions/, with its package.json and infra/role.ts.
 */
export async function roleWorkspace(options: RoleWorkspaceOptions): Promise<RoleWorkspace> {
  const root = await mkdtemp(join(tmpdir(), 'blueprints-role-'));
  const { packageManager } = JSON.parse(await readFile(join(repositoryRoot, 'package.json'), 'utf8'));
  await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'workspace', private: true, packageManager }));
  await writeFile(join(root, 'pnpm-workspace.yaml'), "packages:\n  - 'functions/*'\n");
  const directory = join(root, 'functions', options.folder ?? 'orders');
  await mkdir(join(directory, 'infra'), { recursive: true });
  const manifest = {
    name: options.packageName ?? '@acme/orders',
    private: true,
    scripts: options.scripts ?? { readme: COPY_ROLE_TO_README },
    blueprint: {
      source: options.source ?? 'sqs',
      description: 'Reads orders.',
      templates: options.role.map((entry) => entry.template),
    },
  };
  await writeFile(join(directory, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(join(directory, 'infra', 'role.ts'), roleFileOf(options.role));
  return {
    root,
    directory,
    read: (path) => readFile(join(directory, path), 'utf8'),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
