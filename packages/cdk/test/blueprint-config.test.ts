import { PLACEHOLDER_AWS_CONTEXT, permissionsTable } from '@lambda-blueprints/role-templates';
import { FAKE_AWS_CONTEXT } from '@lambda-blueprints/testing';
import type { Duration } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import {
  ConflictingSinkError,
  functionRoleArns,
  permissionsTableOf,
  queueSourcePropsOf,
  type Sink,
  streamSourceOptionsOf,
} from '../src/index.js';
import { queueConfig, queueRole, streamConfig } from './support/fixture-blueprints.js';
import { foreignArn } from './support/role-under-test.js';

const seconds = (duration: Duration | undefined) => duration?.toSeconds();
const tableSink: Sink = { id: 'orders', kind: 'dynamodb-write', arn: foreignArn('dynamodb', 'table/orders') };

describe('queueSourcePropsOf', () => {
  it('gives a new queue its receive count and retention in days, and a batching window in seconds', () => {
    // Prepare
    const source = { ...queueConfig.source, batchSize: 500, maxBatchingWindowSeconds: 20 };

    // Act
    const props = queueSourcePropsOf(source);

    // Assess
    expect(props).toMatchObject({ queueArn: undefined, batchSize: 500, maxReceiveCount: 4 });
    expect([seconds(props.retentionPeriod), seconds(props.maxBatchingWindow)]).toEqual([3 * 86_400, 20]);
  });

  it('reads an existing queue with its key, and takes 0 seconds or no window as none', () => {
    // Prepare
    const existing = {
      existingQueueArn: foreignArn('sqs', 'orders'),
      keyArn: foreignArn('kms', 'key/1'),
      batchSize: 5,
    };

    // Act
    const props = [queueSourcePropsOf(existing), queueSourcePropsOf({ ...existing, maxBatchingWindowSeconds: 0 })];

    // Assess
    expect(props).toEqual([
      expect.objectContaining({ queueArn: existing.existingQueueArn, keyArn: existing.keyArn, batchSize: 5 }),
      expect.objectContaining({ maxBatchingWindow: undefined, maxReceiveCount: undefined, retentionPeriod: undefined }),
    ]);
  });
});

describe('streamSourceOptionsOf', () => {
  it('gives the batch size and retries as they are, and the record age and batching window as durations', () => {
    // Prepare
    const mapping = { ...streamConfig.source, maxBatchingWindowSeconds: 5 };

    // Act
    const options = streamSourceOptionsOf(mapping);

    // Assess
    expect(options).toMatchObject({ batchSize: 50, retryAttempts: 4 });
    expect([seconds(options.maxRecordAge), seconds(options.maxBatchingWindow)]).toEqual([3_600, 5]);
    expect(streamSourceOptionsOf(streamConfig.source).maxBatchingWindow).toBeUndefined();
  });
});

describe('functionRoleArns', () => {
  it("names the function's log group, the source key and the sinks of the config, and what the stack knows", () => {
    // Prepare
    const config = {
      ...queueConfig,
      source: { ...queueConfig.source, keyArn: foreignArn('kms', 'key/1') },
      sinks: [tableSink],
    };

    // Act
    const arns = functionRoleArns(FAKE_AWS_CONTEXT, config, { source: foreignArn('sqs', 'orders') });

    // Assess
    expect(arns).toEqual({
      'log-group': foreignArn('logs', 'log-group:/aws/lambda/fixture-blueprint'),
      'source-key': foreignArn('kms', 'key/1'),
      source: foreignArn('sqs', 'orders'),
      'sink:orders': tableSink.arn,
    });
  });

  it('refuses two sinks with one id, as the function would', () => {
    // Act
    const arns = () => functionRoleArns(FAKE_AWS_CONTEXT, { ...queueConfig, sinks: [tableSink, tableSink] }, {});

    // Assess
    expect(arns).toThrow(ConflictingSinkError);
  });
});

describe('permissionsTableOf', () => {
  it("is the role's permissions table on the config's ARNs, with placeholders for the account and region", () => {
    // Prepare
    const queue = 'arn:aws:sqs:<region>:<account>:<queue created by the stack>';

    // Act
    const table = permissionsTableOf(queueConfig, queueRole, { source: queue });

    // Assess
    expect(table).toBe(
      permissionsTable(queueRole, {
        mode: 'scoped',
        arns: { 'log-group': 'arn:aws:logs:<region>:<account>:log-group:/aws/lambda/fixture-blueprint', source: queue },
        context: PLACEHOLDER_AWS_CONTEXT,
      }),
    );
    expect(table).toContain(`\`${queue}\``);
  });
});
