import { describe, expect, it } from 'vitest';
import {
  type EventSourceKind,
  InvalidRoleOptionsError,
  type RoleOptions,
  roleSpecFor,
  UnknownEventSourceError,
} from '../src/index.js';

describe('roleSpecFor', () => {
  it.each([
    ['sqs', 'sqs-poll'],
    ['sqs-fifo', 'sqs-poll'],
    ['kinesis', 'kinesis-read'],
    ['dynamodb-streams', 'dynamodb-streams-read'],
    ['msk', 'msk-read'],
  ] as const)('gives a %s function basic execution on its log group and %s on its source', (source, template) => {
    // Act
    const spec = roleSpecFor(source);

    // Assess
    expect(spec).toEqual([
      { template: 'basic-execution', on: 'log-group' },
      { template, on: 'source' },
    ]);
  });

  const implications: readonly [string, EventSourceKind, RoleOptions, { template: string; on?: string }][] = [
    ['tracing', 'sqs', { tracing: true }, { template: 'xray-write' }],
    ['vpc', 'sqs', { vpc: true }, { template: 'vpc-access' }],
    ['sourceKey', 'sqs', { sourceKey: true }, { template: 'kms-decrypt', on: 'source-key' }],
    ['consumer', 'kinesis', { consumer: true }, { template: 'kinesis-fan-out', on: 'consumer' }],
    ['onFailure sqs', 'kinesis', { onFailure: 'sqs' }, { template: 'sqs-send', on: 'on-failure' }],
    ['onFailure sns', 'dynamodb-streams', { onFailure: 'sns' }, { template: 'sns-publish', on: 'on-failure' }],
    ['onFailure s3', 'kinesis', { onFailure: 's3' }, { template: 's3-put', on: 'on-failure' }],
    [
      'a dynamodb-write sink',
      'sqs',
      { sinks: [{ id: 'orders', kind: 'dynamodb-write' }] },
      { template: 'dynamodb-write', on: 'sink:orders' },
    ],
    [
      'a kinesis-put sink',
      'sqs',
      { sinks: [{ id: 'audit', kind: 'kinesis-put' }] },
      { template: 'kinesis-put', on: 'sink:audit' },
    ],
    [
      'an sqs-send sink',
      'kinesis',
      { sinks: [{ id: 'next', kind: 'sqs-send' }] },
      { template: 'sqs-send', on: 'sink:next' },
    ],
  ];

  it.each(implications)(
    'adds the template %s implies, and only while the option is set',
    (_name, source, options, entry) => {
      // Act
      const withOption = roleSpecFor(source, options);
      const withoutOption = roleSpecFor(source);

      // Assess
      expect(withOption).toContainEqual(entry);
      expect(withoutOption).not.toContainEqual(entry);
      expect(withOption).toHaveLength(withoutOption.length + 1);
    },
  );

  it('adds kms-encrypt on the destination key when the on-failure destination is encrypted', () => {
    // Act
    const spec = roleSpecFor('kinesis', { onFailure: 'sqs', onFailureKey: true });

    // Assess
    expect(spec).toContainEqual({ template: 'kms-encrypt', on: 'on-failure-key' });
  });

  it.each(['sqs', 'sqs-fifo', 'dynamodb-streams', 'msk'] as const)(
    'refuses a fan-out consumer on a %s source',
    (source) => {
      expect(() => roleSpecFor(source, { consumer: true })).toThrow(InvalidRoleOptionsError);
    },
  );

  it.each(['sqs', 'sqs-fifo'] as const)(
    'refuses an on-failure destination on an %s source and points to the DLQ',
    (source) => {
      expect(() => roleSpecFor(source, { onFailure: 'sqs' })).toThrow(/dead-letter queue/);
    },
  );

  it('refuses an on-failure key without an on-failure destination', () => {
    expect(() => roleSpecFor('kinesis', { onFailureKey: true })).toThrow(/set "onFailure"/);
  });

  it('refuses a sink without an id', () => {
    expect(() => roleSpecFor('sqs', { sinks: [{ id: '', kind: 'sqs-send' }] })).toThrow(InvalidRoleOptionsError);
  });

  it('names the valid sources when given an unknown one', () => {
    // Act
    const act = () => roleSpecFor('rabbitmq' as EventSourceKind);

    // Assess
    expect(act).toThrow(UnknownEventSourceError);
    expect(act).toThrow('Use one of: sqs, sqs-fifo, kinesis, dynamodb-streams, msk.');
  });
});
