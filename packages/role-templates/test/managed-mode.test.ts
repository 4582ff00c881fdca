import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionsOf, catalog, composeRole, isAllowed, type RoleTemplate } from '../src/index.js';
import { awsContext, consumerArn, keyArn, queueArn } from './factories.js';

// Read as raw data, so the test checks the ARNs against the committed reference and not against the code under test.
const referenceFile = new URL('../src/managed-policies.json', import.meta.url);
const reference = JSON.parse(readFileSync(referenceFile, 'utf8')) as {
  policies: Record<string, { arn: string; actions: string[] }>;
};

function composeManaged(template: RoleTemplate, partition = 'aws') {
  return composeRole(
    [template.on === null ? { template: template.id } : { template: template.id, on: 'sink:target' }],
    {
      arns: { 'sink:target': queueArn('target') },
      context: awsContext({ partition }),
      mode: 'managed',
    },
  );
}

const withManagedPolicy = catalog.filter((template) => template.managedPolicy !== null);
const withoutManagedPolicy = catalog.filter((template) => template.managedPolicy === null);

describe('managed mode', () => {
  it.each(withManagedPolicy.map((template) => [template.id, template] as const))(
    'attaches exactly the managed policy ARN of %s',
    (_id, template) => {
      // Prepare
      const expected = reference.policies[template.managedPolicy ?? '']?.arn.replace(/\$\{Partition\}/, 'aws-cn');

      // Act
      const role = composeManaged(template, 'aws-cn');

      // Assess
      expect(role.managedPolicyArns).toEqual([expected]);
    },
  );

  it.each(withoutManagedPolicy.map((template) => [template.id, template] as const))(
    'keeps the scoped statements of %s, which AWS has no managed policy for',
    (_id, template) => {
      // Act
      const role = composeManaged(template);

      // Assess
      expect(role.managedPolicyArns).toEqual([]);
      expect(actionsOf([role.policyDocument]).sort()).toEqual(
        [...new Set(template.statements.flatMap((statement) => statement.actions))].sort(),
      );
    },
  );

  it('attaches a managed policy once when two templates share it', () => {
    // Act
    const role = composeRole(
      [
        { template: 'kinesis-read', on: 'source' },
        { template: 'kinesis-fan-out', on: 'consumer' },
      ],
      {
        arns: { source: 'arn:aws:kinesis:eu-west-1:123456789012:stream/s', consumer: consumerArn() },
        context: awsContext(),
        mode: 'managed',
      },
    );

    // Assess
    expect(role.managedPolicyArns).toEqual(['arn:aws:iam::aws:policy/service-role/AWSLambdaKinesisExecutionRole']);
  });

  it('adds inline only the fan-out action the Kinesis managed policy lacks', () => {
    // Act
    const role = composeRole([{ template: 'kinesis-fan-out', on: 'consumer' }], {
      arns: { consumer: consumerArn() },
      context: awsContext(),
      mode: 'managed',
    });

    // Assess
    expect(role.policyDocument.Statement).toEqual([
      { Effect: 'Allow', Action: ['kinesis:DescribeStreamConsumer'], Resource: [consumerArn()] },
    ]);
  });

  it('needs no ARN for a resource that only a managed policy covers', () => {
    // Act
    const role = composeRole([{ template: 'sqs-poll', on: 'source' }], {
      arns: {},
      context: awsContext(),
      mode: 'managed',
    });

    // Assess
    expect(role.policyDocument.Statement).toEqual([]);
    expect(role.templates).toEqual(['sqs-poll']);
  });

  it('still scopes a KMS key grant next to the managed policies', () => {
    // Act
    const role = composeRole(
      [
        { template: 'sqs-poll', on: 'source' },
        { template: 'kms-decrypt', on: 'source-key' },
      ],
      { arns: { 'source-key': keyArn() }, context: awsContext(), mode: 'managed' },
    );

    // Assess
    expect(isAllowed([role.policyDocument], 'kms:Decrypt', keyArn())).toBe(true);
    expect(isAllowed([role.policyDocument], 'kms:Decrypt', keyArn('another-key'))).toBe(false);
  });
});

describe('the scoped action set of a template', () => {
  // The documented exceptions: actions Lambda needs that AWS's managed policy lacks.
  const beyondManagedPolicy: Readonly<Record<string, string[]>> = {
    'kinesis-fan-out': ['kinesis:DescribeStreamConsumer'],
  };

  it.each(withManagedPolicy.map((template) => [template.id, template] as const))(
    'of %s is within its managed policy, except the named exceptions',
    (id, template) => {
      // Prepare
      const managedActions = new Set(reference.policies[template.managedPolicy ?? '']?.actions);

      // Act
      const outside = template.statements
        .flatMap((statement) => statement.actions)
        .filter((action) => !managedActions.has(action));

      // Assess
      expect(outside).toEqual(beyondManagedPolicy[id] ?? []);
    },
  );
});
