import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FunctionPackageShapeError, mergedRole, readRoleEntries, writeFunctionRole } from '@lambda-blueprints/cli';
import type { RoleSpec } from '@lambda-blueprints/role-templates';
import { describe, expect, it } from 'vitest';
import { roleSource } from './support/source-factories.js';
import { realWorkspaceRoot } from './support/workspace-copy.js';

/** A function package with infra/role.ts and a `readme` script that records the role it was run for. */
function functionPackage(scripts: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'function-package-'));
  mkdirSync(join(directory, 'infra'));
  writeFileSync(join(directory, 'infra', 'role.ts'), roleSource());
  // The workspace's pnpm (corepack reads packageManager; outside a workspace it would fetch another one).
  const { packageManager } = JSON.parse(readFileSync(join(realWorkspaceRoot, 'package.json'), 'utf8'));
  const blueprint = { source: 'sqs', description: 'Reads orders.', templates: [] };
  const manifest = { name: 'orders', packageManager, scripts, blueprint };
  writeFileSync(join(directory, 'package.json'), JSON.stringify(manifest));
  return directory;
}

const spec: RoleSpec = [
  { template: 'basic-execution', on: 'log-group' },
  { template: 'sqs-poll', on: 'source' },
  { template: 'dynamodb-write', on: 'sink:table' },
];

describe('writeFunctionRole', () => {
  it("rewrites infra/role.ts and the manifest's templates, then runs the package's readme script", () => {
    // Prepare
    const directory = functionPackage({ readme: `node -e "require('fs').writeFileSync('README.md', 'regenerated')"` });

    // Act
    writeFunctionRole(directory, spec);

    // Assess
    expect(readRoleEntries(readFileSync(join(directory, 'infra', 'role.ts'), 'utf8'))).toEqual(spec);
    expect(JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')).blueprint.templates).toEqual([
      'basic-execution',
      'sqs-poll',
      'dynamodb-write',
    ]);
    expect(readFileSync(join(directory, 'README.md'), 'utf8')).toBe('regenerated');
  });

  it('refuses a package without a readme script to regenerate its table', () => {
    // Prepare
    const directory = functionPackage({});

    // Act
    const write = () => writeFunctionRole(directory, spec);

    // Assess
    expect(write).toThrow(FunctionPackageShapeError);
    expect(write).toThrow('it has no "readme" script');
  });
});

describe('mergedRole', () => {
  it("keeps the blueprint's entries in order and adds only what the options imply beyond them", () => {
    // Prepare
    const blueprint: RoleSpec = [
      { template: 'basic-execution', on: 'log-group' },
      { template: 'kinesis-read', on: 'source' },
      { template: 'sqs-send', on: 'on-failure' },
    ];
    const implied: RoleSpec = [
      { template: 'basic-execution', on: 'log-group' },
      { template: 'kinesis-read', on: 'source' },
      { template: 'xray-write' },
    ];

    // Act / Assess
    expect(mergedRole(blueprint, implied)).toEqual([...blueprint, { template: 'xray-write' }]);
  });
});
