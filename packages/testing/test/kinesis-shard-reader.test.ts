import type { KinesisClient } from '@aws-sdk/client-kinesis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compareSequenceNumbers,
  type KinesisOnFailureRecord,
  type LocalEmulator,
  readKinesisStream,
  StuckShardError,
  startKinesisEmulator,
} from '../src/index.js';
import { createStream, inOrderHandler, type PutRecord, payloadId, putRecords } from './support/kinesis-streams.js';

let kinesis: LocalEmulator<KinesisClient>;

beforeAll(async () => {
  kinesis = await startKinesisEmulator();
});

afterAll(async () => {
  await kinesis.stop();
});

/** The ids put to each shard, in the order the shard holds them. */
const idsByShard = (put: readonly PutRecord[]) => {
  const byShard = new Map<string, number[]>();
  for (const record of [...put].sort((a, b) => compareSequenceNumbers(a.sequenceNumber, b.sequenceNumber))) {
    byShard.set(record.shardId, [...(byShard.get(record.shardId) ?? []), record.id]);
  }
  return byShard;
};

describe.concurrent('readKinesisStream', () => {
  it('processes every record of every shard once, in shard order', async () => {
    // Prepare
    const { client } = kinesis;
    const streamName = await createStream(client, 2);
    const put = await putRecords(client, streamName, 30);
    const { handler, processed } = inOrderHandler(() => false);

    // Act
    const result = await readKinesisStream({
      client,
      streamName,
      handler,
      reportBatchItemFailures: true,
      batchSize: 7,
    });

    // Assess
    expect(result.shards).toHaveLength(2);
    expect(processed).toEqual(idsByShard(put));
    for (const shard of result.shards) {
      const expected = put.filter((record) => record.shardId === shard.shardId).map((record) => record.sequenceNumber);
      expect(shard.processed).toEqual(expected.sort(compareSequenceNumbers));
    }
  });

  it('re-reads from the failed record, so nothing is lost or reordered', async () => {
    // Prepare
    const { client } = kinesis;
    const streamName = await createStream(client, 2);
    const put = await putRecords(client, streamName, 20);
    const failing = put[7] as PutRecord;
    const { handler, processed } = inOrderHandler((id, attempt) => id === failing.id && attempt === 1);

    // Act
    const result = await readKinesisStream({
      client,
      streamName,
      handler,
      reportBatchItemFailures: true,
      batchSize: 4,
    });

    // Assess
    expect(processed).toEqual(idsByShard(put));
    const shard = result.shards.find((s) => s.shardId === failing.shardId);
    const failedBatch = shard?.batches.findIndex((batch) => batch.outcome.status === 'partial-failure') ?? -1;
    expect(shard?.batches[failedBatch]?.outcome.retryFrom).toBe(failing.sequenceNumber);
    expect(shard?.batches[failedBatch + 1]?.event.Records[0]?.kinesis.sequenceNumber).toBe(failing.sequenceNumber);
    expect(shard?.batches[failedBatch + 1]?.attempt).toBe(2);
  });

  it('retries a batch whose handler throws from its first record', async () => {
    // Prepare
    const { client } = kinesis;
    const streamName = await createStream(client, 1);
    await putRecords(client, streamName, 3);
    let calls = 0;
    const seen: number[][] = [];
    const handler = async (event: { Records: Parameters<typeof payloadId>[0][] }) => {
      seen.push(event.Records.map(payloadId));
      calls += 1;
      if (calls === 1) throw new Error('cold start failure');
    };

    // Act
    const result = await readKinesisStream({ client, streamName, handler, reportBatchItemFailures: true });

    // Assess
    expect(seen).toEqual([
      [0, 1, 2],
      [0, 1, 2],
    ]);
    expect(result.shards[0]?.batches[0]?.outcome).toMatchObject({
      status: 'batch-failure',
      failureReason: 'handler-error',
    });
  });

  it('sends a poison record to the on-failure destination after the retry bound and goes on', async () => {
    // Prepare
    const { client } = kinesis;
    const streamName = await createStream(client, 1);
    const put = await putRecords(client, streamName, 10);
    const poison = put[4] as PutRecord;
    const { handler, processed, attempts } = inOrderHandler((id) => id === poison.id);
    const onFailure: KinesisOnFailureRecord[] = [];

    // Act
    const result = await readKinesisStream({
      client,
      streamName,
      handler,
      reportBatchItemFailures: true,
      batchSize: 3,
      maximumRetryAttempts: 2,
      onFailure: (record) => {
        onFailure.push(record);
      },
    });

    // Assess
    expect(attempts.get(poison.id)).toBe(3);
    expect(onFailure).toHaveLength(1);
    const [record] = onFailure;
    expect(record?.requestContext).toMatchObject({ condition: 'RetryAttemptsExhausted', approximateInvokeCount: 3 });
    expect(record?.KinesisBatchInfo).toMatchObject({
      shardId: poison.shardId,
      startSequenceNumber: poison.sequenceNumber,
      streamArn: result.streamArn,
    });
    // Every record is either processed or inside the discarded batch the destination describes.
    const { startSequenceNumber = '', endSequenceNumber = '', batchSize = 0 } = record?.KinesisBatchInfo ?? {};
    const discarded = put.filter(
      (r) =>
        compareSequenceNumbers(r.sequenceNumber, startSequenceNumber) >= 0 &&
        compareSequenceNumbers(r.sequenceNumber, endSequenceNumber) <= 0,
    );
    expect(discarded).toHaveLength(batchSize);
    expect([...(processed.get(poison.shardId) ?? []), ...discarded.map((r) => r.id)].sort((a, b) => a - b)).toEqual(
      put.map((r) => r.id),
    );
    expect(processed.get(poison.shardId)).toEqual(put.filter((r) => !discarded.includes(r)).map((r) => r.id));
  });

  it('reports a shard stuck behind a poison record when retries are unbounded', async () => {
    // Prepare
    const { client } = kinesis;
    const streamName = await createStream(client, 1);
    await putRecords(client, streamName, 2);
    const { handler } = inOrderHandler((id) => id === 0);

    // Act
    const read = readKinesisStream({
      client,
      streamName,
      handler,
      reportBatchItemFailures: true,
      maxInvocationsWithoutProgress: 5,
    });

    // Assess
    await expect(read).rejects.toThrow(StuckShardError);
  });
});
