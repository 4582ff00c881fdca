import { type RoleSpec, UnknownTemplateError } from '@lambda-blueprints/role-templates';
import { describe, expect, it } from 'vitest';
import {
  ProtectedRoleEntryError,
  ResourceRefError,
  RoleEntryNotFoundError,
  roleWithEntryAdded,
  roleWithEntryRemoved,
} from '../src/index.js';

const kinesisRole: RoleSpec = [
  { template: 'basic-execution', on: 'log-group' },
  { template: 'kinesis-read', on: 'source' },
  { template: 'sqs-send', on: 'on-failure' },
];

describe('roleWithEntryAdded', () => {
  it('appends the entry after those the role lists', () => {
    // Act
    const change = roleWithEntryAdded(kinesisRole, 'kinesis', 'kms-decrypt', 'source-key');

    // Assess
    expect(change).toEqual({
      role: [...kinesisRole, { template: 'kms-decrypt', on: 'source-key' }],
      entry: { template: 'kms-decrypt', on: 'source-key' },
      changed: true,
    });
  });

  it('leaves the role as it is when it lists the entry already', () => {
    // Act
    const change = roleWithEntryAdded(kinesisRole, 'kinesis', 'sqs-send', 'on-failure');

    // Assess
    expect(change.changed).toBe(false);
    expect(change.role).toEqual(kinesisRole);
  });

  it('adds a template listed already on another resource', () => {
    // Act
    const change = roleWithEntryAdded(kinesisRole, 'kinesis', 'sqs-send', 'sink:audit');

    // Assess
    expect(change.changed).toBe(true);
    expect(change.role.at(-1)).toEqual({ template: 'sqs-send', on: 'sink:audit' });
  });

  it('refuses a template the catalog does not have, listing the valid ids', () => {
    // Act
    const add = () => roleWithEntryAdded(kinesisRole, 'kinesis', 'kinesis-admin', undefined);

    // Assess
    expect(add).toThrow(UnknownTemplateError);
    expect(add).toThrow('Unknown role template "kinesis-admin". Use one of: basic-execution, sqs-poll, kinesis-read');
  });

  it('refuses a resource template without --on, naming the resources that fit', () => {
    // Act
    const add = () => roleWithEntryAdded(kinesisRole, 'kinesis', 'kinesis-fan-out', undefined);

    // Assess
    expect(add).toThrow(ResourceRefError);
    expect(add).toThrow('Pass --on with one of: consumer.');
  });
});

describe('roleWithEntryRemoved', () => {
  it('removes the entry of the template and keeps the others in order', () => {
    // Act
    const change = roleWithEntryRemoved(kinesisRole, 'kinesis', 'sqs-send', undefined);

    // Assess
    expect(change.role).toEqual(kinesisRole.slice(0, 2));
    expect(change.entry).toEqual({ template: 'sqs-send', on: 'on-failure' });
  });

  it('refuses a template the role does not list, listing what it does', () => {
    // Act
    const remove = () => roleWithEntryRemoved(kinesisRole, 'kinesis', 'xray-write', undefined);

    // Assess
    expect(remove).toThrow(RoleEntryNotFoundError);
    expect(remove).toThrow(
      'The role does not list "xray-write", so there is nothing to remove. It lists: ' +
        "{ template: 'basic-execution', on: 'log-group' }, { template: 'kinesis-read', on: 'source' }, " +
        "{ template: 'sqs-send', on: 'on-failure' }.",
    );
  });

  it('refuses a template listed on another resource than --on names', () => {
    // Act
    const remove = () => roleWithEntryRemoved(kinesisRole, 'kinesis', 'sqs-send', 'sink:audit');

    // Assess
    expect(remove).toThrow('The role does not list "sqs-send" on sink:audit');
  });

  it('asks for --on when the template is listed on several resources, and removes the one it names', () => {
    // Prepare
    const role: RoleSpec = [...kinesisRole, { template: 'sqs-send', on: 'sink:audit' }];

    // Act
    const ambiguous = () => roleWithEntryRemoved(role, 'kinesis', 'sqs-send', undefined);
    const named = roleWithEntryRemoved(role, 'kinesis', 'sqs-send', 'sink:audit');

    // Assess
    expect(ambiguous).toThrow(
      'Role template "sqs-send" is listed on 2 resources: pass --on with one of: on-failure, sink:audit.',
    );
    expect(named.role).toEqual(kinesisRole);
  });

  it('refuses to remove basic-execution, since the function could not write its logs', () => {
    // Act
    const remove = () => roleWithEntryRemoved(kinesisRole, 'kinesis', 'basic-execution', undefined);

    // Assess
    expect(remove).toThrow(ProtectedRoleEntryError);
    expect(remove).toThrow(
      "Refusing to remove { template: 'basic-execution', on: 'log-group' }: without it the function cannot write " +
        'its logs to CloudWatch Logs.',
    );
  });

  it("refuses to remove the template that reads the function's source", () => {
    // Act
    const remove = () => roleWithEntryRemoved(kinesisRole, 'kinesis', 'kinesis-read', undefined);

    // Assess
    expect(remove).toThrow("without it Lambda's event source mapping cannot read the function's kinesis source");
  });
});
