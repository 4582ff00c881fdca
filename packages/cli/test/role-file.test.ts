import type { RoleSpec } from '@lambda-blueprints/role-templates';
import { describe, expect, it } from 'vitest';
import { FunctionPackageShapeError, readRoleEntries, roleEntrySource, roleFileWith } from '../src/index.js';
import { roleFileOf, roleFileSource } from './role-workspace.js';

const sqsRole: RoleSpec = [
  { template: 'basic-execution', on: 'log-group' },
  { template: 'sqs-poll', on: 'source' },
];

describe('readRoleEntries', () => {
  it('reads the entries in their order, account-wide ones without a resource', () => {
    // Prepare
    const spec: RoleSpec = [...sqsRole, { template: 'xray-write' }, { template: 'dynamodb-write', on: 'sink:orders' }];

    // Act
    const entries = readRoleEntries(roleFileOf(spec));

    // Assess
    expect(entries).toEqual(spec);
  });

  it('reads a list checked with satisfies instead of a type annotation', () => {
    // Prepare
    const text = roleFileOf(sqsRole)
      .replace('export const role: RoleSpec = [', 'export const role = [')
      .replace('];', '] satisfies RoleSpec;');

    // Act
    const entries = readRoleEntries(text);

    // Assess
    expect(entries).toEqual(sqsRole);
  });

  it('refuses a file without an exported role list, naming the file', () => {
    // Prepare
    const text = "export const policy = [{ template: 'sqs-poll', on: 'source' }];\n";

    // Act
    const read = () => readRoleEntries(text);

    // Assess
    expect(read).toThrow(FunctionPackageShapeError);
    expect(read).toThrow('infra/role.ts: it has no `export const role: RoleSpec = [ ... ]` list');
  });

  it('refuses a line that is not a literal entry, quoting it', () => {
    // Prepare
    const text = roleFileSource([roleEntrySource({ template: 'basic-execution', on: 'log-group' }), '...sourceRole']);

    // Act
    const read = () => readRoleEntries(text);

    // Assess
    expect(read).toThrow("\"...sourceRole\" is not a { template: '...', on: '...' } line");
  });

  it('refuses a template the catalog does not have, listing the valid ids', () => {
    // Prepare
    const text = roleFileSource(["{ template: 'sqs-admin', on: 'source' }"]);

    // Act
    const read = () => readRoleEntries(text);

    // Assess
    expect(read).toThrow('Unknown role template "sqs-admin". Use one of: basic-execution, sqs-poll');
  });
});

describe('roleFileWith', () => {
  it('writes one entry per line and keeps the imports and comments', () => {
    // Prepare
    const spec: RoleSpec = [...sqsRole, { template: 'xray-write' }];

    // Act
    const written = roleFileWith(roleFileOf(sqsRole), spec);

    // Assess
    expect(readRoleEntries(written)).toEqual(spec);
    expect(written).toContain("  { template: 'sqs-poll', on: 'source' },\n  { template: 'xray-write' },\n];");
    expect(written).toContain("import type { RoleSpec } from '@lambda-blueprints/role-templates';");
    expect(written).toContain('/** The role: one template per line. */');
  });

  it('adds the comment that keeps Biome from joining the lines once, however often it is rewritten', () => {
    // Prepare
    const once = roleFileWith(roleFileOf(sqsRole), sqsRole);

    // Act
    const twice = roleFileWith(once, [...sqsRole, { template: 'vpc-access' }]);

    // Assess
    expect(twice.match(/biome-ignore format/g)).toHaveLength(1);
    expect(twice).toMatch(/\*\/\n\/\/ biome-ignore format: one role entry per line.*\nexport const role/);
  });
});

describe('roleEntrySource', () => {
  it('writes a resource template with its resource and an account-wide one without', () => {
    // Act
    const lines = [
      roleEntrySource({ template: 'sqs-poll', on: 'source' }),
      roleEntrySource({ template: 'xray-write' }),
    ];

    // Assess
    expect(lines).toEqual(["{ template: 'sqs-poll', on: 'source' }", "{ template: 'xray-write' }"]);
  });

  it('escapes quotes and backslashes, so what it writes reads back as the same value', () => {
    // Prepare
    const on = "sink:it's\\odd";

    // Act
    const text = roleFileSource([roleEntrySource({ template: 'sqs-send', on })]);

    // Assess
    expect(readRoleEntries(text)).toEqual([{ template: 'sqs-send', on }]);
  });
});
