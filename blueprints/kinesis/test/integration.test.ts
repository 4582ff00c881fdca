import type { KinesisClient } from '@aws-sdk/client-kinesis';
import {
  captureJsonLines,
  type LocalEmulator,
  readKinesisStream,
  startKinesisEmulator,
} from '@lambda-blueprints/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { config } from '../infra/config.js';
import { handler } from '../src/handler.js';
import { reading, readingOutOfRange, readings } from './support/reading-factory.js';
import { failsOnceFor, readingLines } from './support/reading-log-lines.js';
import { createStream, onlyShardReader, putReadings, readingsByShard } from './support/reading-stream.js';

let kinesis: LocalEmulator<KinesisClient>;

beforeAll(async () => {
  kinesis = await startKinesisEmulator();
});

afterAll(async () => {
  await kinesis.stop();
});

/** The mapping of infra/config.ts, as the shard reader runs it, invoking the function with its own timeout. */
const mapping = {
  reportBatchItemFailures: true,
  batchSize: config.source.batchSize,
  maximumRetryAttempts: config.source.retryAttempts,
  context: { functionName: config.functionName, timeoutMs: config.timeoutSeconds * 1000 },
} as const;

describe('the Kinesis blueprint handler reading kinesalite', () => {
  it('handles every reading once, in order per shard, re-reading a shard from the record that failed', async () => {
    // Prepare
    const { client } = kinesis;
    await createStream(client, 'readings-with-a-failure', 2);
    const put = await putReadings(client, 'readings-with-a-failure', readings(300));
    const failing = put[170];
    if (failing === undefined) throw new Error('the stream holds fewer readings than put');

    // Act
    const { result, lines } = await captureJsonLines(
      () => readKinesisStream({ client, streamName: 'readings-with-a-failure', handler, ...mapping }),
      { onLine: failsOnceFor(failing.reading.readingId) },
    );

    // Assess
    const expected = readingsByShard(put);
    expect(result.shards.map((shard) => shard.processed)).toEqual(
      result.shards.map((shard) => (expected.get(shard.shardId) ?? []).map((item) => item.sequenceNumber)),
    );
    const handledInOrder = (shardId: string) =>
      readingLines(lines)
        .filter((line) => expected.get(shardId)?.some((item) => item.sequenceNumber === line.sequenceNumber))
        .map((line) => line.readingId);
    for (const [shardId, inShard] of expected) {
      expect(inShard.length).toBeGreaterThan(0);
      expect(handledInOrder(shardId)).toEqual(inShard.map((item) => item.reading.readingId));
    }
    const shard = result.shards.find((candidate) => candidate.shardId === failing.shardId);
    const failedAt = shard?.batches.findIndex((batch) => batch.outcome.status === 'partial-failure') ?? -1;
    expect(shard?.batches[failedAt]?.outcome.retryFrom).toBe(failing.sequenceNumber);
    expect(shard?.batches[failedAt + 1]?.event.Records[0]?.kinesis.sequenceNumber).toBe(failing.sequenceNumber);
    expect(result.shards.flatMap((each) => each.discarded)).toEqual([]);
  });

  it('describes a batch that keeps failing to the on-failure destination after the retries, and reads on', async () => {
    // Prepare
    const { client } = kinesis;
    const streamName = 'readings-with-a-poison-record';
    await createStream(client, streamName, 1);
    const onFailure = vi.fn();
    const reader = await onlyShardReader({ client, streamName, handler, ...mapping, onFailure });
    const [first, poison] = await putReadings(client, streamName, [reading(0), readingOutOfRange(1)]);
    await captureJsonLines(() => reader.readAvailable());
    const [later] = await putReadings(client, streamName, [reading(2)]);

    // Act
    const { result } = await captureJsonLines(() => reader.readAvailable());

    // Assess
    expect(onFailure).toHaveBeenCalledOnce();
    expect(onFailure).toHaveBeenCalledWith(
      expect.objectContaining({
        requestContext: expect.objectContaining({
          condition: 'RetryAttemptsExhausted',
          approximateInvokeCount: config.source.retryAttempts + 1,
        }),
        KinesisBatchInfo: expect.objectContaining({ startSequenceNumber: poison?.sequenceNumber, batchSize: 1 }),
      }),
    );
    expect(result.processed).toEqual([first?.sequenceNumber, later?.sequenceNumber]);
  });
});
