import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { readMappingSettings, simulate } from '../../src/index.js';
import { fifoBatchHandler, payloadIdOf, sqsBatchHandler } from './support/batch-handlers.js';
import { sqsMappingTemplate } from './support/mapping-templates.js';

/** Fails the record with payload id `id` on its first `times` deliveries. */
const failsFirst = (failingId: number, times = 1) => {
  let failures = 0;
  return (id: number) => id === failingId && ++failures <= times;
};

describe('simulate on an SQS queue', () => {
  it('delivers a failed message again once its visibility timeout ends, with a higher receive count', async () => {
    // Prepare
    const settings = readMappingSettings(sqsMappingTemplate({ visibilityTimeout: 45 }));
    const receiveCounts: string[] = [];
    const { handler: inner } = sqsBatchHandler(failsFirst(2));
    const handler = (event: SQSEvent) => {
      receiveCounts.push(
        ...event.Records.filter((r) => payloadIdOf(r) === 2).map((r) => r.attributes.ApproximateReceiveCount),
      );
      return inner(event);
    };

    // Act
    const result = await simulate(settings, handler, { records: 3, seed: 1 });

    // Assess
    expect(receiveCounts).toEqual(['1', '2']);
    expect(result.virtualDurationMs).toBe(45_000 + 100);
    expect(result.summary).toMatchObject({ processed: 3, retried: 1, lost: 0, invocations: 2 });
  });

  it('moves a message that always fails to the DLQ after maxReceiveCount receives', async () => {
    // Prepare
    const settings = readMappingSettings(sqsMappingTemplate({ maxReceiveCount: 3 }));
    const { handler } = sqsBatchHandler((id) => id === 2);

    // Act
    const result = await simulate(settings, handler, { records: 3, seed: 1 });

    // Assess
    const poison = result.ledger[1];
    expect(poison).toMatchObject({ deliveries: 3, handled: 0, destination: 'dead-letter-queue' });
    expect(result.deadLetterQueue).toEqual([poison?.identifier]);
    expect(result.summary).toMatchObject({ toDeadLetterQueue: 1, lost: 0 });
  });

  it('loses a message that always fails on a queue without a DLQ once its retention period ends', async () => {
    // Prepare
    const settings = readMappingSettings(sqsMappingTemplate({ visibilityTimeout: 10, retentionPeriod: 60 }));
    const { handler } = sqsBatchHandler((id) => id === 1);

    // Act
    const result = await simulate(settings, handler, { records: 2, seed: 1 });

    // Assess
    expect(result.ledger[0]).toMatchObject({ deliveries: 6, lost: 'expired' });
    expect(result.summary).toMatchObject({ lost: 1, lostBy: { expired: 1 }, processed: 1 });
  });

  it('fails the whole batch when the handler throws', async () => {
    // Prepare
    const settings = readMappingSettings(sqsMappingTemplate());
    let calls = 0;
    const { handler: inner } = sqsBatchHandler();
    const handler = async (event: SQSEvent) => {
      calls += 1;
      if (calls === 1) throw new Error('database unavailable');
      return inner(event);
    };

    // Act
    const result = await simulate(settings, handler, { records: 4, seed: 1 });

    // Assess
    expect(result.ledger.map((e) => e.deliveries)).toEqual([2, 2, 2, 2]);
    expect(result.summary).toMatchObject({ processed: 4, retried: 4, duplicates: 0, lost: 0 });
  });

  it('fails the whole batch when the handler is still running at the function timeout', async () => {
    // Prepare
    const settings = readMappingSettings(sqsMappingTemplate({ timeout: 1, visibilityTimeout: 30 }));
    let calls = 0;
    const { handler: inner } = sqsBatchHandler();
    const handler = (event: SQSEvent) => {
      calls += 1;
      return calls === 1 ? new Promise(() => {}) : inner(event);
    };

    // Act
    const result = await simulate(settings, handler, { records: 2, seed: 1 });

    // Assess
    expect(result.ledger.map((e) => e.deliveries)).toEqual([2, 2]);
    expect(result.virtualDurationMs).toBe(30_000 + 100);
    expect(result.summary).toMatchObject({ processed: 2, lost: 0, invocations: 2 });
  });

  it('waits out the batching window before invoking with a short batch', async () => {
    // Prepare
    const settings = readMappingSettings(sqsMappingTemplate({ batchSize: 20, batchingWindow: 5 }));
    const { handler, recording } = sqsBatchHandler();

    // Act
    const result = await simulate(settings, handler, { records: 30, seed: 1 });

    // Assess
    expect(recording.batches.map((batch) => batch.length)).toEqual([20, 10]);
    expect(result.virtualDurationMs).toBe(100 + 5_000 + 100);
  });
});

describe('simulate progress and limits', () => {
  it('reports progress after every invocation until every record is settled', async () => {
    // Prepare
    const settings = readMappingSettings(sqsMappingTemplate({ maxReceiveCount: 2 }));
    const progress: { invocations: number; settled: number }[] = [];
    const { handler } = sqsBatchHandler((id) => id === 1);

    // Act
    const result = await simulate(settings, handler, {
      records: 25,
      seed: 1,
      onProgress: ({ invocations, settled }) => progress.push({ invocations, settled }),
    });

    // Assess
    expect(progress.map((step) => step.invocations)).toEqual([1, 2, 3, 4]);
    expect(progress.map((step) => step.settled)).toEqual([9, 19, 24, 24]);
    expect(result.summary).toMatchObject({ processed: 24, toDeadLetterQueue: 1, invocations: 4 });
  });

  it('stops at maxInvocations and counts what is left as unfinished', async () => {
    // Prepare
    const settings = readMappingSettings(sqsMappingTemplate());
    const { handler } = sqsBatchHandler();

    // Act
    const result = await simulate(settings, handler, { records: 30, seed: 1, maxInvocations: 2 });

    // Assess
    expect(result.summary).toMatchObject({ processed: 20, lost: 10, lostBy: { unfinished: 10 }, invocations: 2 });
  });
});

describe('simulate on a FIFO queue', () => {
  it('blocks a group behind its failed message while the other groups go on', async () => {
    // Prepare
    const settings = readMappingSettings(sqsMappingTemplate({ fifo: true, batchSize: 2 }));
    const { handler, recording } = fifoBatchHandler(failsFirst(1));

    // Act
    const result = await simulate(settings, handler, { records: 6, keyCount: 2, seed: 1 });

    // Assess
    // Ids 1, 3, 5 are group-1 and 2, 4, 6 group-2; 1 fails once.
    expect(recording.batches).toEqual([[1, 2], [4, 6], [1, 3], [5]]);
    expect(result.summary).toMatchObject({ processed: 6, outOfOrder: 0, lost: 0 });
  });

  it('counts the messages a handler lets through after its group failed as out of order', async () => {
    // Prepare
    const settings = readMappingSettings(sqsMappingTemplate({ fifo: true }));
    // Reports only the failed message, not the rest of its group: Lambda deletes them, before the failed one.
    const { handler } = sqsBatchHandler(failsFirst(1));

    // Act
    const result = await simulate(settings, handler, { records: 4, keyCount: 1, seed: 1 });

    // Assess
    expect(result.summary).toMatchObject({ processed: 4, outOfOrder: 1 });
    expect(result.ledger.filter((e) => e.deliveries > 1).map((e) => e.index)).toEqual([0]);
  });
});
