import { relative } from 'node:path';
import type { PackageManifest } from '../src/eject/package-manifest.js';
import {
  DEPENDENCY_FIELDS,
  type ImporterSnapshot,
  importerDependencies,
  type LockedDependency,
  type Lockfile,
  type PackageInfo,
  type PackageSnapshot,
  packageKey,
  snapshotKey,
} from './pnpm-lockfile.js';
import {
  StaleWorkspaceLockfileError,
  UnlockedDependencyError,
  UnresolvedPeerError,
} from './tarball-lockfile-errors.js';

/** The fields of a package.json that decide what pnpm locks for it. */
export interface LockableManifest extends PackageManifest {
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  bin?: string | Record<string, string>;
  cpu?: string[];
  os?: string[];
  libc?: string[];
  pnpm?: { overrides?: Record<string, string> };
}

/** A workspace package packed into a local tarball. */
export interface LockableTarball {
  name: string;
  /** Absolute path of the .tgz. */
  path: string;
  /** Integrity of the tarball's bytes (`sha512-<base64>`): pnpm installs a local tarball only when it matches. */
  integrity: string;
  /** The package.json inside the tarball. */
  manifest: LockableManifest;
  /** The package's folder in the workspace: its importer locks the tarball's registry dependencies. */
  importer: string;
}

/** A project outside the workspace that installs the tarballs in place of registry versions. */
export interface TarballProject {
  /** Absolute path: tarball paths are written relative to it, as pnpm writes them. */
  directory: string;
  /** Its package.json, with `pnpm.overrides` that point the tarballs' names at their files. */
  manifest: LockableManifest;
  /** The workspace importers that lock its registry dependencies, first match first (`blueprints/sqs`, `.`). */
  lockedBy: readonly string[];
}

const byKey = <T>(entries: Iterable<[string, T]>): Record<string, T> =>
  Object.fromEntries([...entries].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)));

const nonEmpty = <T extends object>(record: T): T | undefined =>
  Object.keys(record).length === 0 ? undefined : record;

/**
 * The pnpm-lock.yaml of `project`, derived from the workspace's: each registry dependency at the version the workspace
 * locked it (with the transitive closure of packages and snapshots), each tarball as a `file:` package with the
 * integrity of its bytes. `pnpm install --frozen-lockfile --offline` then needs no registry metadata: every package
 * comes from the store by integrity. Registry snapshots are copied as they are, so their peers stay resolved as in the
 * workspace, and a tarball's peers are resolved from the project (else from its own workspace importer).
 */
export function tarballLockfile(
  workspace: Lockfile,
  project: TarballProject,
  tarballs: readonly LockableTarball[],
): Lockfile {
  return new TarballLockfile(workspace, project, tarballs).lockfile();
}

class TarballLockfile {
  private readonly tarballs: ReadonlyMap<string, LockableTarball>;
  private readonly tarballReferences = new Map<string, string>();
  private readonly tarballPackages = new Map<string, PackageInfo>();
  private readonly tarballSnapshots = new Map<string, PackageSnapshot>();
  private readonly openPeersByKey = new Map<string, ReadonlyMap<string, string | undefined>>();

  constructor(
    private readonly workspace: Lockfile,
    private readonly project: TarballProject,
    tarballs: readonly LockableTarball[],
  ) {
    this.tarballs = new Map(tarballs.map((tarball) => [tarball.name, tarball]));
  }

  lockfile(): Lockfile {
    const importer: ImporterSnapshot = {};
    for (const field of DEPENDENCY_FIELDS) {
      const declared = Object.entries(this.project.manifest[field] ?? {}).map(
        ([name, specifier]): [string, LockedDependency] => [
          name,
          { specifier: this.overridden(name, specifier), version: this.projectReference(name, specifier) },
        ],
      );
      if (declared.length > 0) importer[field] = byKey(declared);
    }
    const { packages, snapshots } = this.closure(
      Object.values(importer).flatMap((dependencies) =>
        Object.entries(dependencies).map(([name, { version }]): [string, string] => [name, version]),
      ),
    );
    const overrides = this.project.manifest.pnpm?.overrides;
    return {
      lockfileVersion: this.workspace.lockfileVersion,
      settings: this.workspace.settings,
      ...(overrides === undefined ? {} : { overrides: byKey(Object.entries(overrides)) }),
      importers: { '.': importer },
      packages,
      snapshots,
    };
  }

  /** Only plain-name overrides, the kind that points a package at its tarball, are understood. */
  private overridden(name: string, specifier: string): string {
    return this.project.manifest.pnpm?.overrides?.[name] ?? specifier;
  }

  private declaredByProject(name: string): string | undefined {
    return DEPENDENCY_FIELDS.map((field) => this.project.manifest[field]?.[name]).find((spec) => spec !== undefined);
  }

  private projectReference(name: string, specifier: string): string {
    const reference = this.reference(this.project.lockedBy, name, specifier);
    if (reference === undefined) throw new UnlockedDependencyError(name, specifier, this.project.lockedBy);
    return reference;
  }

  /** The tarball's reference, or the version the first of `importers` locks (with `specifier`, when given). */
  private reference(importers: readonly string[], name: string, specifier?: string): string | undefined {
    const tarball = this.tarballs.get(name);
    if (tarball !== undefined) return this.tarballReference(tarball);
    for (const importer of importers) {
      const locked = importerDependencies(this.workspace.importers[importer]).get(name);
      if (locked !== undefined && (specifier === undefined || locked.specifier === specifier)) return locked.version;
    }
    return undefined;
  }

  private lockedDependencies(tarball: LockableTarball, declared: Record<string, string> = {}): Record<string, string> {
    return byKey(
      Object.entries(declared).map(([name, specifier]): [string, string] => {
        const reference = this.reference([tarball.importer], name, specifier);
        if (reference === undefined) throw new UnlockedDependencyError(name, specifier, [tarball.importer]);
        return [name, reference];
      }),
    );
  }

  /** A peer of a tarball: as the project locks it when it declares it, else as the tarball's workspace importer does. */
  private peerReference(tarball: LockableTarball, peer: string): string | undefined {
    const declared = this.declaredByProject(peer);
    return declared === undefined ? this.reference([tarball.importer], peer) : this.projectReference(peer, declared);
  }

  /**
   * `file:<relative path><peers suffix>`, as pnpm names a local tarball: its own peers and the peers its dependencies
   * leave open, each with the version it resolved to, sorted, make the suffix.
   */
  private tarballReference(tarball: LockableTarball): string {
    const known = this.tarballReferences.get(tarball.name);
    if (known !== undefined) return known;
    const { manifest } = tarball;
    const dependencies = this.lockedDependencies(tarball, manifest.dependencies);
    const optionalDependencies = this.lockedDependencies(tarball, manifest.optionalDependencies);
    const ownPeers = new Map<string, string>();
    for (const peer of Object.keys(manifest.peerDependencies ?? {})) {
      const optional = manifest.peerDependenciesMeta?.[peer]?.optional === true;
      const reference = this.peerReference(tarball, peer);
      if (reference === undefined && !optional) throw new UnresolvedPeerError(tarball.name, peer);
      if (reference === undefined) continue;
      // pnpm links a resolved peer like a dependency: an optional one among the optional dependencies.
      (optional ? optionalDependencies : dependencies)[peer] = reference;
      ownPeers.set(peer, reference);
    }
    const provided = { ...dependencies, ...optionalDependencies };
    const transitivePeers = new Map<string, string | undefined>();
    for (const [name, reference] of Object.entries(provided)) {
      if (ownPeers.has(name)) continue;
      for (const [peer, version] of this.openPeers(name, reference)) {
        if (provided[peer] === undefined) transitivePeers.set(peer, transitivePeers.get(peer) ?? version);
      }
    }
    const suffix = [...ownPeers, ...transitivePeers]
      .flatMap(([peer, version]) => (version === undefined ? [] : [`(${peer}@${version})`]))
      .sort()
      .join('');
    const file = `file:${relative(this.project.directory, tarball.path)}`;
    const reference = `${file}${suffix}`;
    this.tarballPackages.set(`${tarball.name}@${file}`, tarballPackageInfo(tarball, file));
    this.tarballSnapshots.set(`${tarball.name}@${reference}`, {
      dependencies: nonEmpty(byKey(Object.entries(dependencies))),
      optionalDependencies: nonEmpty(byKey(Object.entries(optionalDependencies))),
      transitivePeerDependencies: transitivePeers.size === 0 ? undefined : [...transitivePeers.keys()].sort(),
    });
    this.tarballReferences.set(tarball.name, reference);
    return reference;
  }

  /** The peers a dependency leaves to its dependents, with the version each resolved to below it (if any). */
  private openPeers(name: string, reference: string): ReadonlyMap<string, string | undefined> {
    const key = snapshotKey(name, reference);
    if (key === undefined) return new Map();
    const known = this.openPeersByKey.get(key);
    if (known !== undefined) return known;
    const snapshot = this.snapshot(key);
    const resolved = { ...snapshot.dependencies, ...snapshot.optionalDependencies };
    const open = new Map<string, string | undefined>();
    // Known before it is filled: a dependency cycle below ends here instead of recursing forever.
    this.openPeersByKey.set(key, open);
    for (const peer of Object.keys(this.packageInfo(key).peerDependencies ?? {})) open.set(peer, resolved[peer]);
    for (const peer of snapshot.transitivePeerDependencies ?? []) {
      const below = Object.entries(resolved).map(([child, childReference]) =>
        this.openPeers(child, childReference).get(peer),
      );
      open.set(
        peer,
        below.find((version) => version !== undefined),
      );
    }
    return open;
  }

  private snapshot(key: string): PackageSnapshot {
    const snapshot = this.tarballSnapshots.get(key) ?? this.workspace.snapshots?.[key];
    if (snapshot === undefined) throw new StaleWorkspaceLockfileError(key);
    return snapshot;
  }

  private packageInfo(key: string): PackageInfo {
    const info = this.tarballPackages.get(packageKey(key)) ?? this.workspace.packages?.[packageKey(key)];
    if (info === undefined) throw new StaleWorkspaceLockfileError(packageKey(key));
    return info;
  }

  /** The packages and snapshots reachable from `roots` (name and reference pairs), and nothing else. */
  private closure(roots: readonly [string, string][]): Pick<Lockfile, 'packages' | 'snapshots'> {
    const packages = new Map<string, PackageInfo>();
    const snapshots = new Map<string, PackageSnapshot>();
    const pending = [...roots];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const key = snapshotKey(...next);
      if (key === undefined || snapshots.has(key)) continue;
      const snapshot = this.snapshot(key);
      snapshots.set(key, snapshot);
      packages.set(packageKey(key), this.packageInfo(key));
      pending.push(...Object.entries({ ...snapshot.dependencies, ...snapshot.optionalDependencies }));
    }
    return { packages: byKey(packages), snapshots: byKey(snapshots) };
  }
}

/** What pnpm records of a local tarball: where it is, its integrity, and what it requires of its installer. */
function tarballPackageInfo({ integrity, manifest }: LockableTarball, file: string): PackageInfo {
  return {
    resolution: { integrity, tarball: file },
    version: manifest.version,
    engines: manifest.engines,
    cpu: manifest.cpu,
    os: manifest.os,
    libc: manifest.libc,
    hasBin: manifest.bin === undefined ? undefined : true,
    peerDependencies: manifest.peerDependencies && byKey(Object.entries(manifest.peerDependencies)),
    peerDependenciesMeta: manifest.peerDependenciesMeta && byKey(Object.entries(manifest.peerDependenciesMeta)),
  };
}
