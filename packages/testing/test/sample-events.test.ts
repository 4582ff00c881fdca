import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  batchItemFailuresAt,
  dynamodbStreamEvent,
  kinesisEvent,
  readSampleEvent,
  type SampleEvent,
  sqsEvent,
  writeSampleEvents,
} from '../src/index.js';

const folder = mkdtempSync(join(tmpdir(), 'sample-events-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const eventsDirectory = pathToFileURL(`${folder}/`);

describe('writeSampleEvents and readSampleEvent', () => {
  it('write each event to <name>.json and read it back as it was made', () => {
    // Prepare
    const sampleEvents: SampleEvent[] = [
      { name: 'orders', event: sqsEvent({ count: 2, seed: 'orders' }), failedIndexes: [] },
      { name: 'readings', event: kinesisEvent({ count: 3, seed: 'readings' }), failedIndexes: [1] },
    ];

    // Act
    const written = writeSampleEvents(eventsDirectory, sampleEvents);
    const readBack = sampleEvents.map(({ name }) => readSampleEvent(eventsDirectory, name));

    // Assess
    expect(written).toEqual(['wrote events/orders.json (2 records)', 'wrote events/readings.json (3 records)']);
    expect(readdirSync(folder).sort()).toEqual(['orders.json', 'readings.json']);
    expect(readBack).toEqual(sampleEvents.map(({ event }) => event));
  });
});

describe('batchItemFailuresAt', () => {
  it('names SQS records by message id and stream records by sequence number', () => {
    // Prepare
    const queue = sqsEvent({ count: 3, seed: 'queue' });
    const stream = kinesisEvent({ count: 3, seed: 'stream' });
    const change = { eventName: 'INSERT', keys: { pk: 'order-1' } } as const;
    const table = dynamodbStreamEvent({ records: [change, change], seed: 'table' });

    // Act
    const failures = [
      batchItemFailuresAt(queue, [0, 2]),
      batchItemFailuresAt(stream, [1]),
      batchItemFailuresAt(table, [1]),
    ];

    // Assess
    expect(failures).toEqual([
      [{ itemIdentifier: queue.Records[0]?.messageId }, { itemIdentifier: queue.Records[2]?.messageId }],
      [{ itemIdentifier: stream.Records[1]?.kinesis.sequenceNumber }],
      [{ itemIdentifier: table.Records[1]?.dynamodb?.SequenceNumber }],
    ]);
  });

  it('names an index past the last record so that it matches no record', () => {
    // Act
    const [failure] = batchItemFailuresAt(sqsEvent({ count: 1 }), [4]);

    // Assess
    expect(failure?.itemIdentifier).toBe('<no record 4>');
  });
});
