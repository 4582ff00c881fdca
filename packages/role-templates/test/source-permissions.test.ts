import { describe, expect, it } from 'vitest';
import { type EventSourceKind, eventSources, isAllowed } from '../src/index.js';
import { composedRoleFor, sourceArns, tableArn } from './factories.js';

// What each event source mapping calls, per the Lambda guide (event-source-semantics.md): on the source itself,
// and account-wide (actions IAM grants only on "*").
const mappingNeeds: Readonly<Record<EventSourceKind, { onSource: string[]; accountWide: string[] }>> = {
  sqs: { onSource: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], accountWide: [] },
  'sqs-fifo': { onSource: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], accountWide: [] },
  kinesis: {
    onSource: [
      'kinesis:DescribeStream',
      'kinesis:DescribeStreamSummary',
      'kinesis:GetRecords',
      'kinesis:GetShardIterator',
      'kinesis:ListShards',
    ],
    accountWide: ['kinesis:ListStreams'],
  },
  'dynamodb-streams': {
    onSource: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
    accountWide: ['dynamodb:ListStreams'],
  },
  msk: { onSource: ['kafka:DescribeCluster', 'kafka:DescribeClusterV2'], accountWide: ['kafka:GetBootstrapBrokers'] },
};

describe.each(eventSources)('the scoped role of a %s function', (source) => {
  const documents = [composedRoleFor(source).policyDocument];
  const { own, other } = sourceArns[source];

  it.each(mappingNeeds[source].onSource)('allows %s on its own source and not on another', (action) => {
    // Prepare: the role above. Act + Assess:
    expect(isAllowed(documents, action, own)).toBe(true);
    expect(isAllowed(documents, action, other)).toBe(false);
  });

  it.each(mappingNeeds[source].accountWide)('allows the account-wide %s', (action) => {
    expect(isAllowed(documents, action, own)).toBe(true);
  });

  it('cannot write to its own source', () => {
    // Act
    const writes = [
      isAllowed(documents, 'sqs:SendMessage', own),
      isAllowed(documents, 'kinesis:PutRecord', own),
      isAllowed(documents, 'kinesis:PutRecords', own),
      isAllowed(documents, 'dynamodb:PutItem', own),
    ];

    // Assess
    expect(writes).toEqual([false, false, false, false]);
  });
});

describe('the scoped role of a dynamodb-streams function', () => {
  it('cannot put items into the table behind its stream', () => {
    // Prepare
    const documents = [composedRoleFor('dynamodb-streams').policyDocument];

    // Act
    const allowed = isAllowed(documents, 'dynamodb:PutItem', tableArn());

    // Assess
    expect(allowed).toBe(false);
  });
});
