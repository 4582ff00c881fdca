import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { FunctionPackageNotFoundError, UsageError, WorkspaceReferenceError } from '../errors.js';
import { HANDLER_ENTRY } from '../permission-check/function-package.js';
import { jsonText } from './json-text.js';
import { manifestText, readManifest } from './package-manifest.js';
import { publishedVersions } from './published-packages.js';
import { standaloneCommand } from './standalone-command.js';
import { GENERATED_PATHS, GENERATED_SUFFIXES, gitignore, pnpmSettings, vitestConfig } from './standalone-configs.js';
import { standaloneManifest } from './standalone-manifest.js';
import { standaloneReadme } from './standalone-readme.js';
import { standaloneTsconfig } from './standalone-tsconfig.js';
import { type ProjectFile, workspaceReferences } from './workspace-references.js';

export interface EjectOptions {
  /** The blueprint or function package to eject. */
  source: string;
  /** The folder of the new project. */
  target: string;
  /**
   * The new project's package name.
   * @default the target folder's name
   */
  name?: string;
  /** The workspace root: its package.json, pnpm-workspace.yaml and biome.json, and the packages it publishes. */
  workspaceRoot: string;
}

/** A file of the new project: copied as it is, rewritten for a standalone project, or written anew. */
export interface PlannedFile extends ProjectFile {
  origin: 'copied' | 'rewritten' | 'written';
}

/** What eject writes: every file of the new project. */
export interface EjectPlan {
  /** The ejected package's name in the workspace. */
  sourceName: string;
  /** The new project's package name. */
  name: string;
  target: string;
  files: PlannedFile[];
}

// npm's rules for a package name: lower case, URL-safe, optionally scoped, at most 214 characters.
const packageName = /^(?:@[a-z0-9~][a-z0-9._~-]*\/)?[a-z0-9~][a-z0-9._~-]*$/;
const notCopied = (name: string): boolean =>
  (GENERATED_PATHS as readonly string[]).includes(name) || GENERATED_SUFFIXES.some((suffix) => name.endsWith(suffix));

/** The package's files, relative and with `/` separators, without what is built or installed (never entered). */
async function packageFiles(directory: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(directory, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !notCopied(entry.name))
      .map(async (entry) => {
        const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
        if (entry.isDirectory()) return packageFiles(directory, path);
        return entry.isFile() ? [path] : [];
      }),
  );
  return nested.flat();
}

/** Text stays a string (so it can be checked for workspace references); anything holding a NUL byte stays bytes. */
const fileContent = (bytes: Buffer): string | Uint8Array => (bytes.includes(0) ? bytes : bytes.toString('utf8'));

function projectName(options: EjectOptions): string {
  const name = options.name ?? basename(resolve(options.target));
  if (name.length > 214 || !packageName.test(name)) {
    throw new UsageError(
      `"${name}" is not a valid package name (lower case letters, digits, - . _ ~, optionally @scope/). ` +
        'Pass one with --name <name>.',
    );
  }
  return name;
}

/** cdk.json with its `app` and `build` commands as the ejected project runs them. */
function standaloneCdkJson(text: string): string {
  const cdkJson = JSON.parse(text) as Record<string, unknown>;
  for (const field of ['app', 'build']) {
    const command = cdkJson[field];
    if (typeof command === 'string') cdkJson[field] = standaloneCommand(command);
  }
  return jsonText(cdkJson);
}

/**
 * Plans the standalone project for a blueprint or function: its files copied (without builds and installs), the
 * package.json, tsconfig, cdk.json and README rewritten so nothing refers to the workspace, and the lint config,
 * .gitignore and pnpm settings the workspace root gave it written. Throws when something would still point into the
 * workspace. Writes nothing.
 */
export async function planEject(options: EjectOptions): Promise<EjectPlan> {
  const source = resolve(options.source);
  const root = resolve(options.workspaceRoot);
  if (!existsSync(join(source, 'package.json'))) throw new FunctionPackageNotFoundError(options.source, 'package.json');
  if (!existsSync(join(source, HANDLER_ENTRY))) throw new FunctionPackageNotFoundError(options.source, HANDLER_ENTRY);
  const name = projectName(options);
  const [manifest, rootManifest, published] = await Promise.all([
    readManifest(source),
    readManifest(root),
    publishedVersions(root),
  ]);
  const sourceName = manifest.name ?? basename(source);

  const planned = async (path: string): Promise<PlannedFile> => {
    const file = join(source, path);
    const copied: PlannedFile = { path, content: fileContent(await readFile(file)), origin: 'copied' };
    if (path === 'package.json') {
      const content = manifestText(standaloneManifest(manifest, { name, root: rootManifest, published }));
      return { path, content, origin: 'rewritten' };
    }
    if (/^tsconfig(?:\.[\w-]+)?\.json$/.test(path)) {
      return { path, content: jsonText(await standaloneTsconfig(source, file)), origin: 'rewritten' };
    }
    if (path === 'cdk.json') return { path, content: standaloneCdkJson(String(copied.content)), origin: 'rewritten' };
    if (path === 'README.md') {
      const content = standaloneReadme(String(copied.content), sourceName, manifest.version ?? '0.0.0');
      return { path, content, origin: 'rewritten' };
    }
    // The workspace's vitest.config.ts re-exports its shared config, which an ejected project does not have.
    if (path === 'vitest.config.ts' && workspaceReferences([copied]).length > 0) {
      return { path, content: vitestConfig, origin: 'written' };
    }
    return copied;
  };
  const files = await Promise.all((await packageFiles(source)).map(planned));
  files.push(...(await workspaceConfigs(root, new Set(files.map((file) => file.path)))));
  files.sort((left, right) => left.path.localeCompare(right.path));

  const references = workspaceReferences(files);
  if (references.length > 0) throw new WorkspaceReferenceError(sourceName, references);
  return { sourceName, name, target: resolve(options.target), files };
}

/** What the workspace root gives each package, for a project without its own: lint config, ignores, pnpm settings. */
async function workspaceConfigs(root: string, present: ReadonlySet<string>): Promise<PlannedFile[]> {
  const fromRoot = async (file: string) => (existsSync(join(root, file)) ? readFile(join(root, file), 'utf8') : '');
  const configs: ProjectFile[] = [
    { path: 'biome.json', content: await fromRoot('biome.json') },
    { path: '.gitignore', content: gitignore },
    { path: 'pnpm-workspace.yaml', content: pnpmSettings(await fromRoot('pnpm-workspace.yaml')) },
  ];
  return configs
    .filter(({ path, content }) => content !== '' && !present.has(path))
    .map((file) => ({ ...file, origin: 'written' }));
}
