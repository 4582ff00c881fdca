import { describe, expect, it } from 'vitest';
import { lockfileText, packageKey, parseLockfile, snapshotKey } from './pnpm-lockfile.js';
import { AWS_CDK_LIB, workspaceLockfile } from './workspace-lockfile-fixture.js';

describe('snapshotKey', () => {
  it.each([
    ['a registry version', 'tslib', '2.9.1', 'tslib@2.9.1'],
    ['a version with peers', 'aws-cdk-lib', AWS_CDK_LIB, `aws-cdk-lib@${AWS_CDK_LIB}`],
    ['a local tarball with peers', 'cdk', 'file:../x.tgz(a@1.0.0)', 'cdk@file:../x.tgz(a@1.0.0)'],
    ['an alias (by its target)', 'string-width-cjs', 'string-width@4.2.3', 'string-width@4.2.3'],
    ['a scoped alias (by its target)', 'types', '@types/node@20.19.43', '@types/node@20.19.43'],
  ])('names the snapshot of %s as pnpm does', (_, name, reference, key) => {
    // Act
    const named = snapshotKey(name, reference);

    // Assess
    expect(named).toBe(key);
  });

  it('names no snapshot for a workspace link', () => {
    // Act
    const named = snapshotKey('@lambda-blueprints/runtime', 'link:../../packages/runtime');

    // Assess
    expect(named).toBeUndefined();
  });
});

describe('packageKey', () => {
  it('drops the peers suffix, nested parentheses included', () => {
    // Act
    const key = packageKey(`cdk-nag@3.0.2(aws-cdk-lib@${AWS_CDK_LIB})(constructs@10.8.1)`);

    // Assess
    expect(key).toBe('cdk-nag@3.0.2');
  });
});

describe('lockfileText', () => {
  it('writes YAML that reads back as the same lockfile, each key on one line however long', () => {
    // Prepare
    const lockfile = workspaceLockfile();
    const longest = Object.keys(lockfile.snapshots ?? {}).reduce((a, b) => (b.length > a.length ? b : a));

    // Act
    const text = lockfileText(lockfile);

    // Assess
    expect(parseLockfile(text)).toEqual(lockfile);
    expect(text.split('\n').some((line) => line.includes(longest))).toBe(true);
  });
});
