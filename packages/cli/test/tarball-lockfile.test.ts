import { describe, expect, it } from 'vitest';
import { tarballLockfile } from './tarball-lockfile.js';
import {
  StaleWorkspaceLockfileError,
  UnlockedDependencyError,
  UnresolvedPeerError,
} from './tarball-lockfile-errors.js';
import {
  AWS_CDK_LIB,
  CDK_NAG,
  EJECTED_DEV_DEPENDENCIES,
  ejectedProject,
  integrityOf,
  locked,
  PACKS,
  packedManifest,
  packedTarball,
  UTIL_DYNAMODB,
  workspaceLockfile,
} from './workspace-lockfile-fixture.js';

const RUNTIME_FILE = 'file:../packs/fixture-runtime-0.1.0.tgz';
const CDK_FILE = 'file:../packs/fixture-cdk-0.1.0.tgz';
const RUNTIME = `${RUNTIME_FILE}(@aws-sdk/client-dynamodb@3.1169.0)`;
const tarballs = () => [packedTarball('runtime'), packedTarball('cdk')];

describe('tarballLockfile', () => {
  it('locks each registry dependency as its blueprint locked it, and the root tools as the root did', () => {
    // Act
    const { importers } = tarballLockfile(workspaceLockfile(), ejectedProject(), tarballs());

    // Assess
    expect(importers['.']?.dependencies?.zod).toEqual(locked('4.6.7'));
    expect(importers['.']?.devDependencies).toMatchObject({
      'aws-cdk-lib': locked('2.276.0', AWS_CDK_LIB),
      'cdk-nag': locked('3.0.2', CDK_NAG),
      constructs: locked('10.8.1'),
      typescript: locked('5.9.3'),
    });
  });

  it('points the project at each tarball by its override, relative to the project, never at the workspace', () => {
    // Act
    const lockfile = tarballLockfile(workspaceLockfile(), ejectedProject(), tarballs());

    // Assess
    expect(lockfile.importers['.']?.dependencies?.['@fixture/runtime']).toEqual({
      specifier: `file:${PACKS}/fixture-runtime-0.1.0.tgz`,
      version: RUNTIME,
    });
    expect(lockfile.importers['.']?.devDependencies?.['@fixture/cdk']?.specifier).toBe(
      `file:${PACKS}/fixture-cdk-0.1.0.tgz`,
    );
    expect(JSON.stringify(lockfile)).not.toContain('link:');
  });

  it('records a tarball with the integrity of its bytes and what its package.json requires', () => {
    // Act
    const { packages } = tarballLockfile(workspaceLockfile(), ejectedProject(), tarballs());

    // Assess
    expect(packages?.[`@fixture/cdk@${CDK_FILE}`]).toEqual({
      resolution: { integrity: integrityOf(`${PACKS}/fixture-cdk-0.1.0.tgz`), tarball: CDK_FILE },
      version: '0.1.0',
      engines: { node: '>=20.11' },
      hasBin: true,
      peerDependencies: { 'aws-cdk-lib': '^2.276.0', 'cdk-nag': '^3.0.2', constructs: '^10.8.1' },
      peerDependenciesMeta: { 'cdk-nag': { optional: true } },
    });
  });

  it('carries a peer that a dependency leaves open into the tarball key and its transitive peers', () => {
    // Act
    const { snapshots } = tarballLockfile(workspaceLockfile(), ejectedProject(), tarballs());

    // Assess
    expect(snapshots?.[`@fixture/runtime@${RUNTIME}`]).toEqual({
      dependencies: { '@aws-sdk/util-dynamodb': UTIL_DYNAMODB },
      transitivePeerDependencies: ['@aws-sdk/client-dynamodb'],
    });
  });

  it('resolves tarball peers from the project, names them in its key, and links another tarball by its file', () => {
    // Act
    const { snapshots } = tarballLockfile(workspaceLockfile(), ejectedProject(), tarballs());

    // Assess
    const key =
      `@fixture/cdk@${CDK_FILE}(@aws-sdk/client-dynamodb@3.1169.0)(aws-cdk-lib@${AWS_CDK_LIB})` +
      `(cdk-nag@${CDK_NAG})(constructs@10.8.1)`;
    expect(snapshots?.[key]).toEqual({
      dependencies: { '@fixture/runtime': RUNTIME, 'aws-cdk-lib': AWS_CDK_LIB, constructs: '10.8.1' },
      optionalDependencies: { 'cdk-nag': CDK_NAG },
      transitivePeerDependencies: ['@aws-sdk/client-dynamodb'],
    });
  });

  it('leaves out an optional peer the project does not declare', () => {
    // Prepare
    const { 'cdk-nag': _, ...withoutNag } = EJECTED_DEV_DEPENDENCIES;

    // Act
    const { importers, snapshots } = tarballLockfile(workspaceLockfile(), ejectedProject(withoutNag), tarballs());

    // Assess
    const cdk = importers['.']?.devDependencies?.['@fixture/cdk']?.version ?? '';
    expect(cdk).not.toContain('cdk-nag');
    expect(snapshots?.[`@fixture/cdk@${cdk}`]?.optionalDependencies).toBeUndefined();
  });

  it('takes a required peer the project does not declare from the tarball workspace importer', () => {
    // Prepare
    const { constructs: _, ...withoutConstructs } = EJECTED_DEV_DEPENDENCIES;

    // Act
    const { importers, snapshots } = tarballLockfile(
      workspaceLockfile(),
      ejectedProject(withoutConstructs),
      tarballs(),
    );

    // Assess
    const cdk = importers['.']?.devDependencies?.['@fixture/cdk']?.version ?? '';
    expect(snapshots?.[`@fixture/cdk@${cdk}`]?.dependencies?.constructs).toBe('10.8.1');
  });

  it('copies the registry packages the project reaches and no others', () => {
    // Act
    const { packages, snapshots } = tarballLockfile(workspaceLockfile(), ejectedProject(), tarballs());

    // Assess
    expect(Object.keys(packages ?? {})).toEqual([
      '@aws-sdk/client-dynamodb@3.1169.0',
      '@aws-sdk/util-dynamodb@3.996.9',
      `@fixture/cdk@${CDK_FILE}`,
      `@fixture/runtime@${RUNTIME_FILE}`,
      'aws-cdk-lib@2.276.0',
      'cdk-nag@3.0.2',
      'constructs@10.8.1',
      'tslib@2.9.1',
      'typescript@5.9.3',
      'zod@4.6.7',
    ]);
    expect(snapshots?.[`@aws-sdk/util-dynamodb@${UTIL_DYNAMODB}`]).toEqual(
      workspaceLockfile().snapshots?.[`@aws-sdk/util-dynamodb@${UTIL_DYNAMODB}`],
    );
  });

  it('records the project overrides and the workspace settings, which pnpm compares before a frozen install', () => {
    // Prepare
    const project = ejectedProject();

    // Act
    const lockfile = tarballLockfile(workspaceLockfile(), project, tarballs());

    // Assess
    expect(lockfile.lockfileVersion).toBe('9.0');
    expect(lockfile.settings).toEqual(workspaceLockfile().settings);
    expect(lockfile.overrides).toEqual(project.manifest.pnpm?.overrides);
  });

  it('refuses a dependency that no workspace importer locks with the same specifier', () => {
    // Prepare
    const project = ejectedProject({ ...EJECTED_DEV_DEPENDENCIES, typescript: '5.8.3' });

    // Act
    const derive = () => tarballLockfile(workspaceLockfile(), project, tarballs());

    // Assess
    expect(derive).toThrow(UnlockedDependencyError);
    expect(derive).toThrow('typescript@5.8.3 is locked by none of the workspace importers blueprints/orders, .');
  });

  it('refuses a required peer that neither the project nor the tarball workspace importer locks', () => {
    // Prepare
    const cdk = packedTarball('cdk', packedManifest('cdk', { peerDependencies: { 'aws-cdk': '^2.1148.1' } }));

    // Act
    const derive = () => tarballLockfile(workspaceLockfile(), ejectedProject(), [packedTarball('runtime'), cdk]);

    // Assess
    expect(derive).toThrow(UnresolvedPeerError);
    expect(derive).toThrow('@fixture/cdk needs the peer aws-cdk');
  });

  it('refuses a workspace lockfile that references a snapshot it does not have', () => {
    // Prepare
    const workspace = workspaceLockfile({ '.': { devDependencies: { typescript: locked('5.9.3', '5.9.2') } } });

    // Act
    const derive = () => tarballLockfile(workspace, ejectedProject(), tarballs());

    // Assess
    expect(derive).toThrow(StaleWorkspaceLockfileError);
    expect(derive).toThrow('has no entry for typescript@5.9.2');
  });
});
