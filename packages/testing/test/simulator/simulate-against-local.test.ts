import { describe, expect, it } from 'vitest';
import { NoLocalEmulatorError, readMappingSettings, simulateAgainstLocal } from '../../src/index.js';
import { sqsBatchHandler, streamBatchHandler } from './support/batch-handlers.js';
import { sqsMappingTemplate, streamMappingTemplate } from './support/mapping-templates.js';
import { batchInfoOf, describedByOnFailure } from './support/on-failure-batches.js';

describe.concurrent('simulateAgainstLocal', () => {
  it('drains a local-aws-sqs queue: every message processed or in its DLQ', async () => {
    // Prepare
    const settings = readMappingSettings(
      sqsMappingTemplate({ maxReceiveCount: 2, filters: [{ body: { id: [{ numeric: ['<=', 18] }] } }] }),
    );
    const { handler, recording } = sqsBatchHandler();

    // Act
    const result = await simulateAgainstLocal(settings, handler, {
      records: 20,
      failRate: 0.2,
      poison: 1,
      seed: 'local',
    });

    // Assess
    const processed = new Set(recording.processed);
    const deadLettered = new Set(result.deadLetterQueue);
    const unaccounted = result.ledger.filter(
      (e) => !e.filtered && !processed.has(e.identifier) && !deadLettered.has(e.identifier),
    );
    expect(unaccounted).toEqual([]);
    expect(result.ledger.filter((e) => e.poison && !e.filtered).every((e) => deadLettered.has(e.identifier))).toBe(
      true,
    );
    expect(result.summary).toMatchObject({ recordsIn: 20, filtered: 2, lost: 0 });
    expect(result.summary.retried).toBeGreaterThan(0);
    expect(result.warnings.join('\n')).toContain('visibility timeout is 1 s');
  });

  it('reads every shard of a kinesalite stream: every record processed or described to the destination', async () => {
    // Prepare
    const template = streamMappingTemplate('kinesis', { shardCount: 2, batchSize: 5, retries: 1, onFailure: true });
    const settings = readMappingSettings(template);
    const { handler, recording } = streamBatchHandler();

    // Act
    const result = await simulateAgainstLocal(settings, handler, {
      records: 30,
      failRate: 0.1,
      poison: 1,
      seed: 'local',
    });

    // Assess
    const processed = new Set(recording.processed);
    const described = describedByOnFailure(result);
    expect(result.ledger.filter((e) => !processed.has(e.identifier) && !described.has(e.identifier))).toEqual([]);
    const poison = result.ledger.find((e) => e.poison);
    expect(result.onFailureRecords.map(batchInfoOf)).toContainEqual(
      expect.objectContaining({ shardId: poison?.shardId, startSequenceNumber: poison?.identifier }),
    );
    expect(new Set(result.ledger.map((e) => e.shardId)).size).toBe(2);
    expect(result.summary).toMatchObject({ recordsIn: 30, lost: 0 });
  });

  it('refuses DynamoDB Streams, which has no local emulator', async () => {
    // Prepare
    const settings = readMappingSettings(streamMappingTemplate('dynamodb-streams'));

    // Act
    const run = simulateAgainstLocal(settings, streamBatchHandler().handler);

    // Assess
    await expect(run).rejects.toThrow(NoLocalEmulatorError);
  });
});
