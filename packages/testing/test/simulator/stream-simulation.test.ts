import { describe, expect, it } from 'vitest';
import { readMappingSettings, simulate } from '../../src/index.js';
import { streamBatchHandler } from './support/batch-handlers.js';
import { streamMappingTemplate } from './support/mapping-templates.js';
import { batchInfoOf, inOrderPerKey } from './support/on-failure-batches.js';

/** One shard, one partition key: the records are read as one ordered sequence. */
const oneKey = { keyCount: 1, seed: 1 };

describe('simulate on a Kinesis stream', () => {
  it('bisects a batch that keeps failing until the poison record is alone, then discards only it', async () => {
    // Prepare
    const template = streamMappingTemplate('kinesis', { batchSize: 8, bisect: true, retries: 1, onFailure: true });
    const { handler, recording } = streamBatchHandler((id) => id === 3);

    // Act
    const result = await simulate(readMappingSettings(template), handler, { ...oneKey, records: 8 });

    // Assess
    expect(recording.batches.map((batch) => batch.length)).toEqual([8, 6, 3, 2, 1, 1, 1, 1, 3]);
    expect(result.onFailureRecords.map(batchInfoOf)).toEqual([
      expect.objectContaining({ batchSize: 1, startSequenceNumber: result.ledger[2]?.identifier }),
    ]);
    expect(result.summary).toMatchObject({ processed: 7, toOnFailure: 1, lost: 0 });
  });

  it('discards the rest of the batch with the poison record when bisect is off', async () => {
    // Prepare
    const template = streamMappingTemplate('kinesis', { batchSize: 10, retries: 2, onFailure: true });
    const { handler } = streamBatchHandler((id) => id === 4);

    // Act
    const result = await simulate(readMappingSettings(template), handler, { ...oneKey, records: 10 });

    // Assess
    const [record] = result.onFailureRecords;
    expect(result.onFailureRecords).toHaveLength(1);
    expect(record).toMatchObject({
      requestContext: { condition: 'RetryAttemptsExhausted', approximateInvokeCount: 3 },
      responseContext: { statusCode: 200 },
      KinesisBatchInfo: {
        batchSize: 7,
        startSequenceNumber: result.ledger[3]?.identifier,
        endSequenceNumber: result.ledger[9]?.identifier,
        streamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/Source',
      },
    });
    expect(result.summary).toMatchObject({ processed: 3, toOnFailure: 7, lost: 0 });
  });

  it('loses a discarded batch when the mapping has no on-failure destination', async () => {
    // Prepare
    const template = streamMappingTemplate('kinesis', { batchSize: 10, retries: 0 });
    const { handler } = streamBatchHandler((id) => id === 9);

    // Act
    const result = await simulate(readMappingSettings(template), handler, { ...oneKey, records: 10 });

    // Assess
    expect(result.summary).toMatchObject({ lost: 2, lostBy: { 'discarded-without-destination': 2 } });
    expect(result.onFailureRecords).toEqual([]);
    expect(result.warnings.join('\n')).toContain('No OnFailure destination');
  });

  it('discards records older than MaximumRecordAgeInSeconds to the destination', async () => {
    // Prepare
    const template = streamMappingTemplate('kinesis', { batchSize: 5, maxRecordAge: 60, onFailure: true });
    const { handler } = streamBatchHandler((id) => id === 3);

    // Act
    const result = await simulate(readMappingSettings(template), handler, {
      ...oneKey,
      records: 10,
      stuckAfterAttempts: 10,
    });

    // Assess
    expect(result.onFailureRecords.map((record) => record.requestContext.condition)).toEqual([
      'RecordAgeExceeded',
      'RecordAgeExceeded',
    ]);
    expect(result.onFailureRecords.map((record) => batchInfoOf(record).batchSize)).toEqual([5, 3]);
    expect(result.virtualDurationMs).toBe(60_000);
    expect(result.summary).toMatchObject({ processed: 2, toOnFailure: 8, lost: 0, invocations: 10 });
  });

  it('loses the backlog behind a poison record at the retention period when retries and age are unbounded', async () => {
    // Prepare
    const template = streamMappingTemplate('kinesis', { batchSize: 5, onFailure: true });
    const { handler } = streamBatchHandler((id) => id === 3);

    // Act
    const result = await simulate(readMappingSettings(template), handler, { ...oneKey, records: 10 });

    // Assess
    expect(result.summary).toMatchObject({ processed: 2, lost: 8, lostBy: { expired: 8 } });
    expect(result.virtualDurationMs).toBe(24 * 3_600_000);
    expect(result.warnings.join('\n')).toContain('unbounded');
  });

  it('keeps order per partition key, not per shard, with a parallelization factor', async () => {
    // Prepare
    const template = streamMappingTemplate('kinesis', { batchSize: 10, parallelization: 4 });
    const { handler, recording } = streamBatchHandler();

    // Act
    const result = await simulate(readMappingSettings(template), handler, { records: 60, keyCount: 12, seed: 1 });

    // Assess
    expect(inOrderPerKey(recording.processed, result.ledger, (entry) => entry.orderingKey)).toBe(true);
    expect(inOrderPerKey(recording.processed, result.ledger, (entry) => entry.shardId)).toBe(false);
    expect(result.summary).toMatchObject({ processed: 60, lost: 0 });
  });
});

describe('simulate on a DynamoDB stream', () => {
  it('describes a discarded batch under DDBStreamBatchInfo', async () => {
    // Prepare
    const template = streamMappingTemplate('dynamodb-streams', {
      batchSize: 4,
      bisect: true,
      retries: 0,
      onFailure: true,
    });
    const { handler } = streamBatchHandler((id) => id === 2);

    // Act
    const result = await simulate(readMappingSettings(template), handler, { records: 4, seed: 1 });

    // Assess
    expect(result.onFailureRecords).toEqual([
      expect.objectContaining({
        DDBStreamBatchInfo: expect.objectContaining({
          batchSize: 1,
          startSequenceNumber: result.ledger[1]?.identifier,
          streamArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/Source/stream/2024-01-01T00:00:00.000',
        }),
      }),
    ]);
    expect(result.summary).toMatchObject({ processed: 3, toOnFailure: 1, lost: 0 });
  });

  it('delivers each item change as INSERT first and MODIFY after, with the old image', async () => {
    // Prepare
    const template = streamMappingTemplate('dynamodb-streams');
    const events: unknown[] = [];
    const handler = async (event: unknown) => {
      events.push(event);
    };

    // Act
    await simulate(readMappingSettings(template), handler, { records: 4, keyCount: 2, seed: 1 });

    // Assess
    expect(events).toEqual([
      {
        Records: [
          expect.objectContaining({
            eventName: 'INSERT',
            dynamodb: expect.objectContaining({ Keys: { pk: { S: 'item-0' } } }),
          }),
          expect.objectContaining({ eventName: 'INSERT' }),
          expect.objectContaining({
            eventName: 'MODIFY',
            dynamodb: expect.objectContaining({
              NewImage: { pk: { S: 'item-0' }, id: { N: '3' } },
              OldImage: { pk: { S: 'item-0' }, id: { N: '1' } },
            }),
          }),
          expect.objectContaining({ eventName: 'MODIFY' }),
        ],
      },
    ]);
  });
});
