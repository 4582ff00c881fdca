import { gzipSync } from 'node:zlib';
import type { KinesisStreamEvent } from 'aws-lambda';
import { InvalidFactoryOptionsError } from '../errors.js';
import { batchPayloadTexts } from './batch-payloads.js';
import { DEFAULT_SOURCE_ARNS } from './default-source-arns.js';
import { idSource } from './id-source.js';
import { kinesisRecord } from './kinesis-record.js';

export interface KinesisEventOptions {
  /** How many records. @default the length of `records`, else 10 */
  count?: number;
  /** One payload per record: strings are used as they are, anything else is JSON-encoded. */
  records?: readonly unknown[];
  /** The payload of every record, or a function of the record index. @default (index) => ({ id: index + 1 }) */
  record?: unknown;
  /** Indexes of the records whose data is not valid JSON. @default [] */
  malformed?: readonly number[];
  /** Gzip each payload before base64, as producers that compress (e.g. CloudWatch Logs subscriptions) do. */
  gzip?: boolean;
  /** @default shardId-000000000000 */
  shardId?: string;
  /** @default arn:aws:kinesis:us-east-1:123456789012:stream/test-stream */
  streamArn?: string;
  /** Record i gets `partitionKeys[i % partitionKeys.length]`. @default ['partition-key-1'] */
  partitionKeys?: readonly string[];
  /** Makes sequence numbers and timestamps deterministic: the same seed gives the same event. */
  seed?: string | number;
}

// Kinesis sequence numbers are 56 digits; consecutive records of a shard differ in the middle digits.
const SEQUENCE_NUMBER_BASE = 49_590_338_271_490_256_608_559_692_538_361_571_095_921_575_989_136_588_898n;
const SEQUENCE_NUMBER_STEP = 1_000_000_000_000_000_000_000_000n;

/** A real-shaped Kinesis batch event: one shard, increasing sequence numbers, base64 (optionally gzipped) data. */
export function kinesisEvent(options: KinesisEventOptions = {}): KinesisStreamEvent {
  const ids = idSource(options.seed);
  const { gzip = false, shardId = 'shardId-000000000000', streamArn = DEFAULT_SOURCE_ARNS.stream } = options;
  const partitionKeys = options.partitionKeys ?? ['partition-key-1'];
  if (partitionKeys.length === 0) {
    throw new InvalidFactoryOptionsError('kinesisEvent', 'partitionKeys', 'the list is empty; give at least one key');
  }
  const texts = batchPayloadTexts('kinesisEvent', {
    count: options.count,
    payloads: options.records,
    payload: options.record,
    malformed: options.malformed,
  });
  const firstSequenceNumber = SEQUENCE_NUMBER_BASE + ids.integer() * 1_000n;
  const arrivedAt = ids.now() - 1_000;
  return {
    Records: texts.map((text, index) => {
      const utf8 = Buffer.from(text, 'utf8');
      return kinesisRecord({
        data: gzip ? gzipSync(utf8) : utf8,
        partitionKey: partitionKeys[index % partitionKeys.length] ?? 'partition-key-1',
        sequenceNumber: String(firstSequenceNumber + BigInt(index) * SEQUENCE_NUMBER_STEP),
        approximateArrivalTimestamp: new Date(arrivedAt + index * 10),
        shardId,
        streamArn,
      });
    }),
  };
}
