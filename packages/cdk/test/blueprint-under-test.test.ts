import { fakeArnOf, foreignArn } from '@lambda-blueprints/testing';
import { describe, expect, it } from 'vitest';
import { MissingStackResourceError } from '../src/index.js';
import { blueprintUnderTest, logicalIdOf, queueStackArns } from '../src/testing/index.js';
import { fixturePackage, QueueFixtureStack, queueConfig, queueRole } from './support/fixture-blueprints.js';

const packageDirectory = fixturePackage(queueRole);
const managedConfig = { ...queueConfig, roleMode: 'managed' as const, existingRoleArn: foreignArn('iam', 'role/x') };
const newBlueprint = (config = queueConfig, stackArns = queueStackArns<typeof queueConfig>) =>
  blueprintUnderTest({
    packageDirectory,
    config,
    role: queueRole,
    newStack: (app, props) =>
      new QueueFixtureStack(app, props, { config, role: queueRole, codeDirectory: new URL('dist', packageDirectory) }),
    stackArns,
  });
const blueprint = newBlueprint(managedConfig);
const withoutStackArns = newBlueprint(queueConfig, () => ({}));

describe('BlueprintUnderTest', () => {
  it('keeps the scoped config in scoped mode with a role of its own, whatever the package config says', () => {
    // Act
    const { scopedConfig } = blueprint;

    // Assess
    expect(scopedConfig).toEqual({ ...managedConfig, roleMode: 'scoped', existingRoleArn: undefined });
  });

  it('changes only the settings it is given, in the package config or the scoped one', () => {
    // Act
    const changed = blueprint.configWith({ tracing: true, source: { batchSize: 3 } });
    const scopedChanged = blueprint.scopedConfigWith({ source: { keyArn: foreignArn('kms', 'key/1') } });

    // Assess
    expect(changed).toEqual({ ...managedConfig, tracing: true, source: { ...managedConfig.source, batchSize: 3 } });
    expect(scopedChanged.source).toEqual({ ...managedConfig.source, keyArn: foreignArn('kms', 'key/1') });
    expect(scopedChanged.roleMode).toBe('scoped');
  });

  it('takes entries out of the role, and puts entries in place of those of the same templates', () => {
    // Act
    const without = blueprint.roleWithout('sqs-poll');
    const withEntries = blueprint.roleWith({ template: 'sqs-poll', on: 'source' }, { template: 'xray-write' });

    // Assess
    expect(without).toEqual([{ template: 'basic-execution', on: 'log-group' }]);
    expect(withEntries).toEqual([...without, { template: 'sqs-poll', on: 'source' }, { template: 'xray-write' }]);
  });

  it("synthesizes the package's stack once for infra/config.ts as it is, and once in scoped mode", () => {
    // Act
    const [configured, scoped] = [blueprint.configured, blueprint.scoped];

    // Assess
    expect(blueprint.configured).toBe(configured);
    expect(configured.stack.config).toBe(managedConfig);
    expect(scoped.stack.config).toEqual(blueprint.scopedConfig);
    expect(blueprint.roleOf(scoped).policyDocuments.length).toBeGreaterThan(0);
  });

  it("names the role's resources from the config and the stack's own resources", () => {
    // Prepare
    const { scoped } = blueprint;

    // Act
    const arns = blueprint.roleArnsOf(scoped);

    // Assess
    expect(arns.source).toBe(fakeArnOf(scoped.json, logicalIdOf(scoped.stack.source.queue)));
    expect(arns['log-group']).toBe(foreignArn('logs', 'log-group:/aws/lambda/fixture-blueprint'));
    expect(blueprint.requiredArnOf(scoped, 'source')).toBe(arns.source);
  });

  it('says which ARN a shared test needs when the stack does not name it', () => {
    // Act
    const arn = () => withoutStackArns.requiredArnOf(withoutStackArns.scoped, 'source');

    // Assess
    expect(arn).toThrow(MissingStackResourceError);
    expect(arn).toThrow(
      'The stack under test has no ARN for "source". Return it from the stackArns of blueprintUnderTest',
    );
  });
});
