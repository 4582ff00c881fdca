import { kinesisEvent, type SampleEvent } from '@lambda-blueprints/testing';
import type { KinesisStreamEvent } from 'aws-lambda';
import { dataNotBase64, devicePartitionKeys, reading, readingOutOfRange, readings } from './reading-factory.js';

/** The event with the data of record `index` replaced by text that is not base64 (the factory makes none). */
function withDataNotBase64(event: KinesisStreamEvent, index: number): KinesisStreamEvent {
  return {
    Records: event.Records.map((record, position) =>
      position === index ? { ...record, kinesis: { ...record.kinesis, data: dataNotBase64 } } : record,
    ),
  };
}

/**
 * The events of events/*.json, built by the factories with fixed seeds so they come out the same every time:
 * `pnpm run events` writes them, and a test checks the files still are what these produce.
 */
export const sampleEvents: SampleEvent<KinesisStreamEvent>[] = [
  {
    name: 'readings',
    event: kinesisEvent({ seed: 'readings', records: readings(4), partitionKeys: devicePartitionKeys }),
    failedIndexes: [],
  },
  {
    name: 'readings-gzip',
    event: kinesisEvent({
      seed: 'readings-gzip',
      records: readings(3),
      partitionKeys: devicePartitionKeys,
      gzip: true,
    }),
    failedIndexes: [],
  },
  {
    // Index 1 fails the schema: the handler stops there; 2 and 3 are left for the retry.
    name: 'reading-out-of-range',
    event: kinesisEvent({
      seed: 'reading-out-of-range',
      records: [reading(0), readingOutOfRange(1), reading(2), reading(3)],
      partitionKeys: devicePartitionKeys,
    }),
    failedIndexes: [1],
  },
  {
    name: 'data-not-json',
    event: kinesisEvent({
      seed: 'data-not-json',
      records: readings(3),
      partitionKeys: devicePartitionKeys,
      malformed: [2],
    }),
    failedIndexes: [2],
  },
  {
    name: 'data-not-base64',
    event: withDataNotBase64(
      kinesisEvent({ seed: 'data-not-base64', records: readings(3), partitionKeys: devicePartitionKeys }),
      0,
    ),
    failedIndexes: [0],
  },
];
