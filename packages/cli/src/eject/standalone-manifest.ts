import { UnpublishedDependencyError } from '../errors.js';
import type { PackageManifest } from './package-manifest.js';
import { standaloneCommand } from './standalone-command.js';

/** The CLI package: an ejected project runs `blueprints check-permissions`, `invoke` and `simulate` from it. */
export const CLI_PACKAGE = '@lambda-blueprints/cli';

/** Root dev dependencies that only serve the workspace (running tasks across its packages), not one project. */
const WORKSPACE_ONLY_TOOLS = new Set(['turbo']);

/** Scripts every ejected project has; a package that lacks them gets these. */
const LOCAL_RUN_SCRIPTS: Readonly<Record<string, string>> = {
  invoke: 'blueprints invoke .',
  simulate: 'blueprints simulate .',
};

export interface StandaloneManifestContext {
  /** The ejected project's package name. */
  name: string;
  /** The workspace root's package.json: its engines, packageManager and the tools every package runs (tsc, vitest...). */
  root: PackageManifest;
  /** The versions of the workspace's published packages, by name. */
  published: ReadonlyMap<string, string>;
}

/** The registry range of a dependency: `workspace:*` becomes `^<version>` of the published package. */
function registryRange(
  packageName: string,
  dependency: string,
  specifier: string,
  published: ReadonlyMap<string, string>,
): string {
  if (!specifier.startsWith('workspace:')) return specifier;
  const version = published.get(dependency);
  if (version === undefined) throw new UnpublishedDependencyError(packageName, dependency, specifier);
  const range = specifier.slice('workspace:'.length);
  // pnpm publishes `workspace:*` as the exact version; an ejected project takes the compatible releases that follow.
  if (range === '*' || range === '^') return `^${version}`;
  if (range === '~') return `~${version}`;
  return range;
}

const sortedByName = (entries: [string, string][]): Record<string, string> =>
  Object.fromEntries(entries.sort(([left], [right]) => left.localeCompare(right)));

/**
 * The package.json of an ejected project: its own name; workspace dependencies as registry ranges of the published
 * packages; the tools the workspace root provided (TypeScript, vitest, tsx, Biome, Node's types) and the CLI as dev
 * dependencies; scripts that run without the workspace; the root's engines and packageManager.
 */
export function standaloneManifest(source: PackageManifest, context: StandaloneManifestContext): PackageManifest {
  const sourceName = source.name ?? context.name;
  const ranges = (dependencies: Record<string, string> = {}) =>
    Object.entries(dependencies).map(([dependency, specifier]): [string, string] => [
      dependency,
      registryRange(sourceName, dependency, specifier, context.published),
    ]);
  const rootTools = Object.entries(context.root.devDependencies ?? {}).filter(
    ([tool]) => !WORKSPACE_ONLY_TOOLS.has(tool) && source.dependencies?.[tool] === undefined,
  );
  const devDependencies = new Map([
    ...rootTools,
    ...ranges({ [CLI_PACKAGE]: 'workspace:*' }),
    ...ranges(source.devDependencies),
  ]);
  const scripts = { ...source.scripts };
  for (const [script, command] of Object.entries(LOCAL_RUN_SCRIPTS)) scripts[script] ??= command;
  return {
    ...source,
    name: context.name,
    scripts: Object.fromEntries(
      Object.entries(scripts).map(([script, command]) => [script, standaloneCommand(command)]),
    ),
    dependencies: sortedByName(ranges(source.dependencies)),
    devDependencies: sortedByName([...devDependencies]),
    engines: source.engines ?? context.root.engines,
    packageManager: source.packageManager ?? context.root.packageManager,
  };
}
