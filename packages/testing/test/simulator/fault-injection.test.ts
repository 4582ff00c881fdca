import { describe, expect, it } from 'vitest';
import { readMappingSettings, simulate } from '../../src/index.js';
import { fifoBatchHandler, sqsBatchHandler, streamBatchHandler } from './support/batch-handlers.js';
import { sqsMappingTemplate, streamMappingTemplate } from './support/mapping-templates.js';
import { batchInfoOf, describedByOnFailure, inOrderPerKey } from './support/on-failure-batches.js';

const RECORDS = 10_000;
const POISON = 5;
const faults = { records: RECORDS, failRate: 0.1, poison: POISON, seed: 'fault-injection' };

/** About 10% of the records fail their first delivery: the faults really happened. */
const expectTransientFaults = (injected: number) => {
  expect(injected).toBeGreaterThan(RECORDS * 0.08);
  expect(injected).toBeLessThan(RECORDS * 0.12);
};

describe('simulate with 10% transient faults and poison records', () => {
  it('accounts for every SQS message as processed or in the DLQ, the poison ones in the DLQ', async () => {
    // Prepare
    const settings = readMappingSettings(sqsMappingTemplate({ maxReceiveCount: 5 }));
    const { handler, recording } = sqsBatchHandler();

    // Act
    const result = await simulate(settings, handler, faults);

    // Assess
    const processed = new Set(recording.processed);
    const deadLettered = new Set(result.deadLetterQueue);
    expect(result.ledger.filter((e) => !processed.has(e.identifier) && !deadLettered.has(e.identifier))).toEqual([]);
    expect(result.ledger.filter((e) => e.poison).every((e) => deadLettered.has(e.identifier))).toBe(true);
    expect(result.summary).toMatchObject({ recordsIn: RECORDS, lost: 0, processed: processed.size, duplicates: 0 });
    expectTransientFaults(result.ledger.filter((e) => e.injectedFailures > 0 && !e.poison).length);
  });

  it('accounts for every FIFO message and processes each message group in order', async () => {
    // Prepare
    const settings = readMappingSettings(sqsMappingTemplate({ fifo: true, maxReceiveCount: 5 }));
    const { handler, recording } = fifoBatchHandler();

    // Act
    const result = await simulate(settings, handler, faults);

    // Assess
    const processed = new Set(recording.processed);
    const deadLettered = new Set(result.deadLetterQueue);
    expect(result.ledger.filter((e) => !processed.has(e.identifier) && !deadLettered.has(e.identifier))).toEqual([]);
    expect(result.ledger.filter((e) => e.poison).every((e) => deadLettered.has(e.identifier))).toBe(true);
    expect(inOrderPerKey(recording.processed, result.ledger, (entry) => entry.orderingKey)).toBe(true);
    expect(result.summary).toMatchObject({ recordsIn: RECORDS, lost: 0, outOfOrder: 0 });
    // A failure holds back the rest of its group in the batch too, so more than the 10% come back.
    expect(result.summary.retried).toBeGreaterThan(RECORDS * 0.1);
  });

  for (const source of ['kinesis', 'dynamodb-streams'] as const) {
    it(`accounts for every ${source} record, in shard order, and bisects each poison record into a batch of one`, async () => {
      // Prepare
      const template = streamMappingTemplate(source, { shardCount: 4, bisect: true, retries: 3, onFailure: true });
      const settings = readMappingSettings(template);
      const { handler, recording } = streamBatchHandler();

      // Act
      const result = await simulate(settings, handler, faults);

      // Assess
      const processed = new Set(recording.processed);
      const described = describedByOnFailure(result);
      expect(result.ledger.filter((e) => !processed.has(e.identifier) && !described.has(e.identifier))).toEqual([]);
      expect(inOrderPerKey(recording.processed, result.ledger, (entry) => entry.shardId)).toBe(true);
      const batches = result.onFailureRecords.map(batchInfoOf);
      for (const poison of result.ledger.filter((e) => e.poison)) {
        expect(batches).toContainEqual(
          expect.objectContaining({
            shardId: poison.shardId,
            startSequenceNumber: poison.identifier,
            endSequenceNumber: poison.identifier,
            batchSize: 1,
          }),
        );
      }
      expect(result.summary).toMatchObject({ recordsIn: RECORDS, lost: 0, duplicates: 0, outOfOrder: 0 });
      expect(result.summary.toOnFailure).toBeGreaterThanOrEqual(POISON);
    });
  }

  it('repeats a run exactly with the same seed and differs with another', async () => {
    // Prepare
    const settings = readMappingSettings(sqsMappingTemplate({ maxReceiveCount: 2 }));
    const options = { records: 200, failRate: 0.3, poison: 2 };

    // Act
    const first = await simulate(settings, sqsBatchHandler().handler, { ...options, seed: 7 });
    const again = await simulate(settings, sqsBatchHandler().handler, { ...options, seed: 7 });
    const other = await simulate(settings, sqsBatchHandler().handler, { ...options, seed: 8 });

    // Assess
    expect(again.ledger).toEqual(first.ledger);
    expect(other.ledger.map((e) => e.injectedFailures)).not.toEqual(first.ledger.map((e) => e.injectedFailures));
    expect(first.seed).toBe('7');
  });
});
