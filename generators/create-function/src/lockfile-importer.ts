import { posix } from 'node:path';
import { parse, stringify } from 'yaml';

const dependencyFields = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;
type DependencyField = (typeof dependencyFields)[number];

/** How pnpm-lock.yaml records one dependency of a workspace package. */
interface LockedDependency {
  specifier: string;
  version: string;
}

type LockfileImporter = Partial<Record<DependencyField, Record<string, LockedDependency>>>;

/** The dependency fields of a package.json. */
export type DependencyManifest = Partial<Record<DependencyField, Record<string, string>>>;

const linkPrefix = 'link:';

/**
 * How an importer of the lock file already resolves `name` at `specifier` (preferred importers first), with a
 * workspace link rebased from that importer's folder to `importerPath`'s.
 */
function lockedElsewhere(
  importers: Readonly<Record<string, LockfileImporter>>,
  searchOrder: readonly string[],
  importerPath: string,
  name: string,
  specifier: string,
): LockedDependency | undefined {
  for (const path of searchOrder) {
    for (const field of dependencyFields) {
      const locked = importers[path]?.[field]?.[name];
      if (locked?.specifier !== specifier) continue;
      if (!locked.version.startsWith(linkPrefix)) return { specifier, version: locked.version };
      const target = posix.join(path, locked.version.slice(linkPrefix.length));
      return { specifier, version: `${linkPrefix}${posix.relative(importerPath, target)}` };
    }
  }
  return undefined;
}

/** The importer a new package gets, or undefined when one of its dependencies is locked by no importer yet. */
function importerFor(
  importers: Readonly<Record<string, LockfileImporter>>,
  importerPath: string,
  manifest: DependencyManifest,
  preferredImporters: readonly string[],
): LockfileImporter | undefined {
  const searchOrder = [
    ...preferredImporters,
    ...Object.keys(importers).filter((path) => !preferredImporters.includes(path)),
  ];
  const importer: LockfileImporter = {};
  for (const field of dependencyFields) {
    // pnpm locks a name listed in several fields once: optionalDependencies over dependencies over devDependencies.
    const listedOver = (name: string): boolean =>
      (field !== 'optionalDependencies' && name in (manifest.optionalDependencies ?? {})) ||
      (field === 'devDependencies' && name in (manifest.dependencies ?? {}));
    const wanted = Object.entries(manifest[field] ?? {})
      .filter(([name]) => !listedOver(name))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (wanted.length === 0) continue;
    const locked: Record<string, LockedDependency> = {};
    for (const [name, specifier] of wanted) {
      const found = lockedElsewhere(importers, searchOrder, importerPath, name, specifier);
      if (found === undefined) return undefined;
      locked[name] = found;
    }
    importer[field] = locked;
  }
  return importer;
}

/** The importer as pnpm writes it: its path as a key indented under `importers:`, keys quoted with single quotes. */
function importerLines(importerPath: string, importer: LockfileImporter): string[] {
  return stringify({ [importerPath]: importer }, { singleQuote: true, lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((line) => `  ${line}`);
}

/** A workspace package to lock: its path under the workspace root (`functions/orders`) and its package.json. */
export interface WorkspacePackage {
  path: string;
  manifest: DependencyManifest;
}

/**
 * Inserts the importer's lines where pnpm puts them: importer keys are the `importers:` section's lines indented by
 * exactly two spaces, sorted by path, each block after a blank line.
 */
function insertImporter(lines: string[], sectionStart: number, importerPath: string, block: readonly string[]): void {
  const nextSection = lines.findIndex((line, index) => index > sectionStart && /^\S/.test(line));
  const sectionEnd = nextSection === -1 ? lines.length : nextSection;
  const nextImporter = lines.findIndex(
    (line, index) =>
      index > sectionStart && index < sectionEnd && /^ {2}\S/.test(line) && importerKey(line) > importerPath,
  );
  if (nextImporter !== -1) {
    lines.splice(nextImporter, 0, ...block, '');
    return;
  }
  let lastContent = sectionEnd - 1;
  while (lastContent > sectionStart && lines[lastContent]?.trim() === '') lastContent--;
  lines.splice(lastContent + 1, 0, '', ...block);
}

/**
 * pnpm-lock.yaml's text with an importer for each of `packages` it lacks, every dependency locked exactly as an
 * existing importer locks the same specifier (`preferredImporters` first: the blueprint a package was copied from,
 * whose peer resolutions fit best). Inserted where pnpm puts them, in path order, and nothing else touched, so
 * `pnpm install --frozen-lockfile --offline` links them with no registry metadata at all. The text as it is when it
 * has them all; undefined when one cannot be locked that way (a dependency no importer locks, no `importers:`
 * section): then pnpm has to resolve.
 */
export function lockfileWithImporters(
  lockText: string,
  packages: readonly WorkspacePackage[],
  preferredImporters: readonly string[] = [],
): string | undefined {
  // Parsed once for all of them: the lock file of a workspace is thousands of lines.
  const importers = (parse(lockText) as { importers?: Record<string, LockfileImporter> } | null)?.importers;
  const lines = lockText.split('\n');
  const sectionStart = lines.indexOf('importers:');
  if (importers === undefined || sectionStart === -1) return undefined;
  for (const { path, manifest } of packages.filter(({ path }) => !(path in importers))) {
    const importer = importerFor(importers, path, manifest, preferredImporters);
    if (importer === undefined) return undefined;
    insertImporter(lines, sectionStart, path, importerLines(path, importer));
  }
  return lines.join('\n');
}

function importerKey(line: string): string {
  const key = line.trim().replace(/:( \{\})?$/, '');
  return key.startsWith("'") ? key.slice(1, -1) : key;
}
