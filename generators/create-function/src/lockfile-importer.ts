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

/**
 * pnpm-lock.yaml's text with an importer for the new workspace package at `importerPath` (e.g. `functions/orders`),
 * every dependency locked exactly as an existing importer locks the same specifier (`preferredImporters` first: the
 * blueprint it was copied from, whose peer resolutions fit best). Inserted where pnpm puts it, in path order, and
 * nothing else touched, so `pnpm install --frozen-lockfile --offline` links it with no registry metadata at all.
 * Undefined when that cannot be done (a dependency no importer locks, an importer already at that path, no
 * `importers:` section): then pnpm has to resolve it.
 */
export function lockfileWithImporter(
  lockText: string,
  importerPath: string,
  manifest: DependencyManifest,
  preferredImporters: readonly string[] = [],
): string | undefined {
  const importers = (parse(lockText) as { importers?: Record<string, LockfileImporter> } | null)?.importers;
  if (importers === undefined || importerPath in importers) return undefined;
  const importer = importerFor(importers, importerPath, manifest, preferredImporters);
  if (importer === undefined) return undefined;

  const lines = lockText.split('\n');
  const sectionStart = lines.indexOf('importers:');
  if (sectionStart === -1) return undefined;
  const nextSection = lines.findIndex((line, index) => index > sectionStart && /^\S/.test(line));
  const sectionEnd = nextSection === -1 ? lines.length : nextSection;
  const block = importerLines(importerPath, importer);
  // Importer keys are the section's lines indented by exactly two spaces; pnpm keeps them sorted by path.
  const nextImporter = lines.findIndex(
    (line, index) =>
      index > sectionStart && index < sectionEnd && /^ {2}\S/.test(line) && importerKey(line) > importerPath,
  );
  if (nextImporter !== -1) {
    lines.splice(nextImporter, 0, ...block, '');
  } else {
    let lastContent = sectionEnd - 1;
    while (lastContent > sectionStart && lines[lastContent]?.trim() === '') lastContent--;
    lines.splice(lastContent + 1, 0, '', ...block);
  }
  return lines.join('\n');
}

function importerKey(line: string): string {
  const key = line.trim().replace(/:( \{\})?$/, '');
  return key.startsWith("'") ? key.slice(1, -1) : key;
}
