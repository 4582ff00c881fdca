import { parse, stringify } from 'yaml';

/** The dependency fields of a package.json, as pnpm records them per importer. */
export const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;
export type DependencyField = (typeof DEPENDENCY_FIELDS)[number];

/** One dependency of an importer: what its package.json asks for, and the snapshot it was locked to. */
export interface LockedDependency {
  specifier: string;
  /** A version with its peers suffix (`2.276.0(constructs@10.8.1)`), `link:<dir>` or `file:<tarball>`. */
  version: string;
}

/** A project of the lockfile (`.` or a workspace folder): its dependencies by field, then by name. */
export type ImporterSnapshot = Partial<Record<DependencyField, Record<string, LockedDependency>>>;

/** What pnpm knows of a package without its place in the graph: where to fetch it and what it requires. */
export interface PackageInfo {
  resolution: { integrity?: string; tarball?: string };
  version?: string;
  engines?: Record<string, string>;
  cpu?: string[];
  os?: string[];
  libc?: string[];
  hasBin?: boolean;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [field: string]: unknown;
}

/** A package at one place in the graph: the references its dependencies (and resolved peers) point to. */
export interface PackageSnapshot {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  /** Peers that its dependencies need and that its dependents resolve. */
  transitivePeerDependencies?: string[];
  optional?: boolean;
}

/** A pnpm-lock.yaml of lockfileVersion 9: `packages` keyed by `name@version`, `snapshots` by that plus peers. */
export interface Lockfile {
  lockfileVersion: string;
  settings?: Record<string, unknown>;
  overrides?: Record<string, string>;
  importers: Record<string, ImporterSnapshot>;
  packages?: Record<string, PackageInfo>;
  snapshots?: Record<string, PackageSnapshot>;
}

/**
 * The snapshot key a dependency reference points to, as pnpm derives it: none for a `link:`, the reference itself
 * for an alias (`string-width@4.2.3` under another name) or a scoped one, otherwise `<name>@<reference>`.
 */
export function snapshotKey(name: string, reference: string): string | undefined {
  if (reference.startsWith('link:')) return undefined;
  if (reference.startsWith('@')) return reference;
  const at = reference.indexOf('@');
  if (at === -1) return `${name}@${reference}`;
  const colon = reference.indexOf(':');
  const parenthesis = reference.indexOf('(');
  const isAlias = (colon === -1 || at < colon) && (parenthesis === -1 || at < parenthesis);
  return isAlias ? reference : `${name}@${reference}`;
}

/** The `packages` key of a snapshot key: without the peers suffix. */
export function packageKey(snapshot: string): string {
  const suffix = snapshot.indexOf('(');
  return suffix === -1 ? snapshot : snapshot.slice(0, suffix);
}

/** Every dependency of an importer by name, whatever its field. */
export function importerDependencies(importer: ImporterSnapshot | undefined): Map<string, LockedDependency> {
  return new Map(DEPENDENCY_FIELDS.flatMap((field) => Object.entries(importer?.[field] ?? {})));
}

export const parseLockfile = (text: string): Lockfile => parse(text) as Lockfile;

/** YAML that pnpm reads; lines are never folded, so integrities and peer suffixes stay on one line. */
export const lockfileText = (lockfile: Lockfile): string => stringify(lockfile, { lineWidth: 0 });
