import {
  blueprintUnderTest,
  describeBlueprintFunction,
  describeBlueprintRole,
  describeCdkNag,
  describeCloudFormationRules,
  describeStreamSource,
  logicalIdOf,
  logicalIdsUnder,
  type StackVariant,
} from '@lambda-blueprints/cdk/testing';
import { isAllowed } from '@lambda-blueprints/role-templates';
import { fakeArnOf, foreignArn } from '@lambda-blueprints/testing';
import { describe, expect, it } from 'vitest';
import { config } from '../infra/config.js';
import { role } from '../infra/role.js';
import { DynamodbStreamsBlueprintStack } from '../infra/stack.js';

const existingTableStreamArn = foreignArn('dynamodb', 'table/orders/stream/2024-06-01T00:00:00.000');
const keyArn = foreignArn('kms', 'key/1234abcd-12ab-34cd-56ef-1234567890ab');

const blueprint = blueprintUnderTest({
  packageDirectory: new URL('..', import.meta.url),
  config,
  role,
  newStack: (app, props) => new DynamodbStreamsBlueprintStack(app, 'BlueprintUnderTest', props),
  stackArns: ({ json, stack }) => {
    const { onFailure, table } = stack.source;
    return {
      source: stack.config.source.existingTableStreamArn ?? (table && fakeArnOf(json, logicalIdOf(table), 'StreamArn')),
      'on-failure': onFailure.queue && fakeArnOf(json, logicalIdOf(onFailure.queue)),
    };
  },
});

describeBlueprintRole(blueprint);
describeStreamSource(blueprint, {
  sourceName: 'table stream',
  // What Lambda needs on a table stream (the Lambda guide), independent of the catalog under test.
  readActions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'],
  wildcardOnlyActions: ['dynamodb:ListStreams'],
  anotherStreamArn: foreignArn('dynamodb', 'table/another-table/stream/2024-01-01T00:00:00.000'),
  existingStream: {
    arn: existingTableStreamArn,
    source: { newTable: undefined, existingTableStreamArn },
    createdType: 'AWS::DynamoDB::Table',
  },
});
describeBlueprintFunction(blueprint);
// The stack with its options turned on, for the synth-time checks besides the files as they are.
const synthVariants: StackVariant<typeof config>[] = [
  {
    name: 'with a customer managed table key',
    props: {
      config: blueprint.scopedConfigWith({ source: { keyArn } }),
      role: blueprint.roleWith({ template: 'kms-decrypt', on: 'source-key' }),
    },
  },
];
describeCdkNag(blueprint, synthVariants);
describeCloudFormationRules(blueprint, synthVariants);

/** The orders table's logical id: the stack makes one unless infra/config.ts names an existing table stream. */
const tableOf = ({ stack }: typeof blueprint.configured) => {
  const { table } = stack.source;
  if (table === undefined) throw new Error('The stack made no table.');
  return logicalIdOf(table);
};

describe('the execution role in scoped mode', () => {
  it('denies every action on the table itself: the function reads its stream, not the table', () => {
    // Prepare
    const tableStreamArn = blueprint.requiredArnOf(blueprint.scoped, 'source');
    const tableArn = tableStreamArn.slice(0, tableStreamArn.indexOf('/stream/'));
    const notNeeded = [
      'dynamodb:GetItem',
      'dynamodb:Query',
      'dynamodb:Scan',
      'dynamodb:PutItem',
      'dynamodb:DeleteItem',
    ];

    // Act
    const { policyDocuments } = blueprint.roleOf(blueprint.scoped);
    const allowed = notNeeded.filter((action) => isAllowed(policyDocuments, action, tableArn));

    // Assess
    expect(allowed).toEqual([]);
  });
});

describe('the table stream and its mapping', () => {
  it('creates an orders table keyed by pk whose stream carries new and old images when no stream is configured', () => {
    // Act
    const created = blueprint.synth({
      config: blueprint.scopedConfigWith({
        source: { existingTableStreamArn: undefined, newTable: { encryption: 'aws-owned' } },
      }),
    });

    // Assess
    const tableId = tableOf(created);
    expect(logicalIdsUnder(created.stack.consumer, 'AWS::DynamoDB::Table')).toEqual([tableId]);
    expect(created.template.findResources('AWS::DynamoDB::Table')[tableId]?.Properties).toMatchObject({
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });
});
