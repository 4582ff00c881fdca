import type { LockedDependency, Lockfile, PackageInfo, PackageSnapshot } from './pnpm-lockfile.js';
import { packageKey } from './pnpm-lockfile.js';
import type { LockableManifest, LockableTarball, TarballProject } from './tarball-lockfile.js';

// A small workspace shaped like this one: a blueprint (blueprints/orders) that uses two published packages, a runtime
// whose dependency has an open peer, and CDK constructs with peers of their own; the root provides TypeScript.

export const PROJECT_DIRECTORY = '/work/ejected-orders';
export const PACKS = '/work/packs';
export const AWS_CDK_LIB = '2.276.0(constructs@10.8.1)';
export const CDK_NAG = `3.0.2(aws-cdk-lib@${AWS_CDK_LIB})(constructs@10.8.1)`;
export const UTIL_DYNAMODB = '3.996.9(@aws-sdk/client-dynamodb@3.1169.0)';

/** A stand-in integrity, distinct for each package. */
export const integrityOf = (key: string): string => `sha512-${Buffer.from(key).toString('base64')}`;

export const locked = (specifier: string, version = specifier): LockedDependency => ({ specifier, version });

interface RegistryEntry extends Omit<PackageInfo, 'resolution'> {
  /** Its snapshot key: name, version and peers suffix. */
  key: string;
  snapshot?: PackageSnapshot;
}

/** A registry package as the lockfile records it: its `packages` entry and its snapshot. */
const registryPackages = (entries: readonly RegistryEntry[]): Pick<Lockfile, 'packages' | 'snapshots'> => ({
  packages: Object.fromEntries(
    entries.map(({ key, snapshot: _, ...info }) => [
      packageKey(key),
      { resolution: { integrity: integrityOf(key) }, ...info },
    ]),
  ),
  snapshots: Object.fromEntries(entries.map(({ key, snapshot }) => [key, snapshot ?? {}])),
});

/** The workspace's pnpm-lock.yaml; `changes` replace whole importers. */
export function workspaceLockfile(changes: Partial<Lockfile['importers']> = {}): Lockfile {
  const importers: Lockfile['importers'] = {
    '.': { devDependencies: { typescript: locked('5.9.3') } },
    'blueprints/orders': {
      dependencies: { '@fixture/runtime': locked('workspace:*', 'link:../../packages/runtime'), zod: locked('4.6.7') },
      devDependencies: {
        '@fixture/cdk': locked('workspace:*', 'link:../../packages/cdk'),
        'aws-cdk-lib': locked('2.276.0', AWS_CDK_LIB),
        'cdk-nag': locked('3.0.2', CDK_NAG),
        constructs: locked('10.8.1'),
      },
    },
    'packages/runtime': { dependencies: { '@aws-sdk/util-dynamodb': locked('3.996.9', UTIL_DYNAMODB) } },
    'packages/cdk': {
      dependencies: { '@fixture/runtime': locked('workspace:*', 'link:../runtime') },
      devDependencies: { 'aws-cdk-lib': locked('2.276.0', AWS_CDK_LIB), constructs: locked('10.8.1') },
    },
  };
  return {
    lockfileVersion: '9.0',
    settings: { autoInstallPeers: true, excludeLinksFromLockfile: false },
    importers: { ...importers, ...changes } as Lockfile['importers'],
    ...registryPackages([
      { key: '@aws-sdk/client-dynamodb@3.1169.0', snapshot: { dependencies: { tslib: '2.9.1' } } },
      {
        key: `@aws-sdk/util-dynamodb@${UTIL_DYNAMODB}`,
        peerDependencies: { '@aws-sdk/client-dynamodb': '^3.1111.0' },
        snapshot: { dependencies: { '@aws-sdk/client-dynamodb': '3.1169.0', tslib: '2.9.1' } },
      },
      {
        key: `aws-cdk-lib@${AWS_CDK_LIB}`,
        peerDependencies: { constructs: '^10.5.0' },
        snapshot: { dependencies: { constructs: '10.8.1' } },
      },
      {
        key: `cdk-nag@${CDK_NAG}`,
        peerDependencies: { 'aws-cdk-lib': '^2.176.0', constructs: '^10.0.5' },
        snapshot: { dependencies: { 'aws-cdk-lib': AWS_CDK_LIB, constructs: '10.8.1' } },
      },
      { key: 'constructs@10.8.1' },
      { key: 'left-pad@1.3.0' },
      { key: 'tslib@2.9.1' },
      { key: 'typescript@5.9.3', hasBin: true },
      { key: 'zod@4.6.7' },
    ]),
  };
}

const tarballPath = (folder: string): string => `${PACKS}/fixture-${folder}-0.1.0.tgz`;

/** The package.json `pnpm pack` writes: workspace:* became the version. */
export function packedManifest(folder: 'runtime' | 'cdk', fields: Partial<LockableManifest> = {}): LockableManifest {
  const common = { name: `@fixture/${folder}`, version: '0.1.0', engines: { node: '>=20.11' } };
  if (folder === 'runtime') return { ...common, dependencies: { '@aws-sdk/util-dynamodb': '3.996.9' }, ...fields };
  return {
    ...common,
    bin: { fixture: './dist/bin.js' },
    dependencies: { '@fixture/runtime': '0.1.0' },
    peerDependencies: { 'aws-cdk-lib': '^2.276.0', constructs: '^10.8.1', 'cdk-nag': '^3.0.2' },
    peerDependenciesMeta: { 'cdk-nag': { optional: true } },
    ...fields,
  };
}

export function packedTarball(folder: 'runtime' | 'cdk', manifest = packedManifest(folder)): LockableTarball {
  const path = tarballPath(folder);
  return { name: `@fixture/${folder}`, path, integrity: integrityOf(path), manifest, importer: `packages/${folder}` };
}

/** The ejected blueprint's dev dependencies: the blueprint's, with the root's tools. */
export const EJECTED_DEV_DEPENDENCIES: Readonly<Record<string, string>> = {
  '@fixture/cdk': '^0.1.0',
  'aws-cdk-lib': '2.276.0',
  'cdk-nag': '3.0.2',
  constructs: '10.8.1',
  typescript: '5.9.3',
};

/** The ejected blueprint, with overrides that point at the tarballs. */
export function ejectedProject(devDependencies = EJECTED_DEV_DEPENDENCIES): TarballProject {
  return {
    directory: PROJECT_DIRECTORY,
    lockedBy: ['blueprints/orders', '.'],
    manifest: {
      name: 'ejected-orders',
      dependencies: { '@fixture/runtime': '^0.1.0', zod: '4.6.7' },
      devDependencies: { ...devDependencies },
      pnpm: {
        overrides: {
          '@fixture/cdk': `file:${tarballPath('cdk')}`,
          '@fixture/runtime': `file:${tarballPath('runtime')}`,
        },
      },
    },
  };
}
