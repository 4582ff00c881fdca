import { captureJsonLines, type JsonLineCaptureOptions, kinesisEvent, lambdaContext } from '@lambda-blueprints/testing';
import type { KinesisStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { handler } from '../src/handler.js';
import {
  dataNotBase64,
  devicePartitionKeys,
  reading,
  readingFromAClockAhead,
  readingOutOfRange,
  readings,
} from './support/reading-factory.js';
import { failsOnceFor, readingLines } from './support/reading-log-lines.js';

const sequenceNumberAt = (event: ReturnType<typeof kinesisEvent>, index: number): string =>
  event.Records[index]?.kinesis.sequenceNumber ?? 'no such record';

/** Invokes the handler with `event`, keeping the JSON lines it logs. */
const invoke = (event: KinesisStreamEvent, options?: JsonLineCaptureOptions) =>
  captureJsonLines(() => handler(event, lambdaContext()), options);

describe('the Kinesis blueprint handler', () => {
  it('logs every reading in shard order and reports no failure', async () => {
    // Prepare
    const batch = readings(6);
    const event = kinesisEvent({ records: batch, partitionKeys: devicePartitionKeys });

    // Act
    const { result: response, lines } = await invoke(event);

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(readingLines(lines).map((line) => [line.readingId, line.sequenceNumber])).toEqual(
      batch.map((item, index) => [item.readingId, sequenceNumberAt(event, index)]),
    );
  });

  it('stops at the first invalid reading, reports exactly its sequence number and leaves the rest untouched', async () => {
    // Prepare
    const batch = [reading(0), reading(1), readingOutOfRange(2), reading(3), reading(4)];
    const event = kinesisEvent({ records: batch });

    // Act
    const { result: response, lines } = await invoke(event);

    // Assess
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: sequenceNumberAt(event, 2) }] });
    expect(readingLines(lines).map((line) => line.readingId)).toEqual([batch[0]?.readingId, batch[1]?.readingId]);
  });

  it('reports only the first of several failing records', async () => {
    // Prepare
    const batch = [reading(0), reading(1, { deviceId: '' }), reading(2), reading(3, { recordedAt: 'yesterday' })];
    const event = kinesisEvent({ records: batch });

    // Act
    const { result: response } = await invoke(event);

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: sequenceNumberAt(event, 1) }]);
  });

  it('stops at a record whose data is not JSON', async () => {
    // Prepare
    const event = kinesisEvent({ records: readings(4), malformed: [1] });

    // Act
    const { result: response, lines } = await invoke(event);

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: sequenceNumberAt(event, 1) }]);
    expect(readingLines(lines)).toHaveLength(1);
  });

  it('stops at a record whose data is not base64', async () => {
    // Prepare
    const event = kinesisEvent({ records: readings(3) });
    const corrupted = event.Records[2];
    if (corrupted) corrupted.kinesis.data = dataNotBase64;

    // Act
    const { result: response, lines } = await invoke(event);

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: sequenceNumberAt(event, 2) }]);
    expect(readingLines(lines)).toHaveLength(2);
  });

  it('stops at a reading whose device clock runs ahead of the stream', async () => {
    // Prepare
    const batch = [reading(0), readingFromAClockAhead(1), reading(2)];
    const event = kinesisEvent({ records: batch });

    // Act
    const { result: response, lines } = await invoke(event);

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: sequenceNumberAt(event, 1) }]);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'ERROR', error: expect.objectContaining({ name: 'DeviceClockAheadError' }) }),
    );
    expect(readingLines(lines).map((line) => line.readingId)).toEqual([batch[0]?.readingId]);
  });

  it('stops at a reading whose line cannot be written, as at a failing sink', async () => {
    // Prepare
    const batch = readings(4);
    const event = kinesisEvent({ records: batch });

    // Act
    const { result: response, lines } = await invoke(event, { onLine: failsOnceFor(batch[1]?.readingId) });

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: sequenceNumberAt(event, 1) }]);
    expect(readingLines(lines).map((line) => line.readingId)).toEqual([batch[0]?.readingId]);
  });

  it('reads readings a producer gzipped', async () => {
    // Prepare
    const batch = readings(3);
    const event = kinesisEvent({ records: batch, gzip: true });

    // Act
    const { result: response, lines } = await invoke(event);

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(readingLines(lines).map((line) => line.readingId)).toEqual(batch.map((item) => item.readingId));
  });

  it('logs a reading above the alert threshold as a warning and the others as information', async () => {
    // Prepare
    const batch = [reading(0, { temperatureCelsius: 40 }), reading(1, { temperatureCelsius: 40.5 })];

    // Act
    const { lines } = await invoke(kinesisEvent({ records: batch }));

    // Assess
    expect(readingLines(lines).map((line) => [line.readingId, line.level])).toEqual([
      [batch[0]?.readingId, 'INFO'],
      [batch[1]?.readingId, 'WARN'],
    ]);
  });
});
