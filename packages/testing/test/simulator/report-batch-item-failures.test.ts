import type { KinesisStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { readMappingSettings, simulate } from '../../src/index.js';
import { payloadIdOf, sqsBatchHandler, streamBatchHandler } from './support/batch-handlers.js';
import { sqsMappingTemplate, streamMappingTemplate } from './support/mapping-templates.js';

/** Records whose payload id is a multiple of 10 fail in the handler itself, on every delivery. */
const everyTenth = (id: number) => id % 10 === 0;

describe('simulate without ReportBatchItemFailures', () => {
  it('shows the SQS messages a handler reports failed as lost, since Lambda deletes them', async () => {
    // Prepare
    const settings = readMappingSettings(sqsMappingTemplate({ reportBatchItemFailures: false, maxReceiveCount: 3 }));
    const { handler } = sqsBatchHandler(everyTenth);

    // Act
    const result = await simulate(settings, handler, { records: 100, seed: 1 });

    // Assess
    expect(result.summary).toMatchObject({ lost: 10, lostBy: { 'failure-ignored': 10 }, processed: 90, retried: 0 });
    expect(result.ledger.filter((e) => e.lost).map((e) => e.index + 1)).toEqual([
      10, 20, 30, 40, 50, 60, 70, 80, 90, 100,
    ]);
    expect(result.warnings.join('\n')).toContain('ReportBatchItemFailures is off');
  });

  it('loses the injected failures the same way, where the mapping with it loses none', async () => {
    // Prepare
    const without = readMappingSettings(sqsMappingTemplate({ reportBatchItemFailures: false, maxReceiveCount: 3 }));
    const withIt = readMappingSettings(sqsMappingTemplate({ maxReceiveCount: 3 }));
    const options = { records: 500, failRate: 0.1, seed: 'rbif' };

    // Act
    const lossy = await simulate(without, sqsBatchHandler().handler, options);
    const safe = await simulate(withIt, sqsBatchHandler().handler, options);

    // Assess
    expect(lossy.summary.lost).toBe(lossy.ledger.filter((e) => e.injectedFailures > 0).length);
    expect(lossy.summary.lost).toBeGreaterThan(0);
    expect(safe.summary.lost).toBe(0);
  });

  it('loses a stream record the handler reports and the ones after it that it never processed', async () => {
    // Prepare
    const template = streamMappingTemplate('kinesis', {
      reportBatchItemFailures: false,
      batchSize: 10,
      onFailure: true,
    });
    const settings = readMappingSettings(template);
    const { handler, recording } = streamBatchHandler((id) => id === 5);

    // Act
    const result = await simulate(settings, handler, { records: 10, keyCount: 1, seed: 1 });

    // Assess
    expect(result.ledger.filter((e) => e.lost).map((e) => e.index + 1)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(result.summary).toMatchObject({ lost: 6, lostBy: { 'failure-ignored': 6 }, invocations: 1 });
    expect(recording.processed).toHaveLength(4);
  });

  it('retries from the reported stream record when the mapping has it', async () => {
    // Prepare
    const settings = readMappingSettings(
      streamMappingTemplate('kinesis', { batchSize: 10, retries: 1, onFailure: true }),
    );
    let failures = 0;
    const { handler } = streamBatchHandler((id) => id === 5 && ++failures === 1);

    // Act
    const result = await simulate(settings, handler, { records: 10, keyCount: 1, seed: 1 });

    // Assess
    expect(result.summary).toMatchObject({ lost: 0, processed: 10, invocations: 2 });
    expect(result.ledger.filter((e) => e.deliveries === 2).map((e) => e.index + 1)).toEqual([5, 6, 7, 8, 9, 10]);
  });
});

describe('simulate with a handler that goes on past a stream failure', () => {
  it('counts the records after the failure it processed as duplicates when Lambda retries them', async () => {
    // Prepare
    const settings = readMappingSettings(
      streamMappingTemplate('kinesis', { batchSize: 10, retries: 2, onFailure: true }),
    );
    let attempts = 0;
    // Reports two failures without stopping, as a handler processing the batch in parallel would.
    const handler = async (event: KinesisStreamEvent) => {
      attempts += 1;
      const failing = attempts === 1 ? event.Records.filter((record) => [3, 7].includes(payloadIdOf(record))) : [];
      return { batchItemFailures: failing.map((record) => ({ itemIdentifier: record.kinesis.sequenceNumber })) };
    };

    // Act
    const result = await simulate(settings, handler, { records: 10, keyCount: 1, seed: 1 });

    // Assess
    expect(result.ledger.filter((e) => e.handled > 1).map((e) => e.index + 1)).toEqual([4, 5, 6, 8, 9, 10]);
    expect(result.summary).toMatchObject({ lost: 0, duplicates: 6, outOfOrder: 2 });
  });
});
