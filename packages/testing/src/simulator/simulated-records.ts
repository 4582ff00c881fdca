import type { DynamoDBRecord, KinesisStreamRecord, SQSRecord } from 'aws-lambda';
import { InvalidSimulationOptionsError } from '../errors.js';
import { batchPayloadTexts } from '../events/batch-payloads.js';
import { dynamodbStreamEvent } from '../events/dynamodb-stream-event.js';
import { kinesisEvent } from '../events/kinesis-event.js';
import { sqsEvent } from '../events/sqs-event.js';
import type { SqsMappingSettings, StreamMappingSettings } from './mapping-settings.js';
import { laneIndexOf, shardIdOf, shardIndexOf } from './partition-keys.js';
import { simulatedItemChanges } from './simulated-item-changes.js';
import { identifierOf, type SourceRecord } from './source-record.js';

/** One record of a simulation, as the source holds it before Lambda reads it. */
export interface SimulatedRecord<TRecord extends SourceRecord = SourceRecord> {
  /** Its position in the input: fault plans and the ledger are by index. */
  index: number;
  identifier: string;
  record: TRecord;
  /** What orders it: the FIFO message group, or the stream partition key (DynamoDB: the item key). */
  orderingKey?: string;
  /** Streams: the shard the record was put to. */
  shardId?: string;
  /** Streams: the concurrent batcher of its shard that reads it (ParallelizationFactor). */
  lane: number;
}

/** What the records of a simulation carry. */
export interface RecordInputOptions {
  /** How many records with default payloads ({ id: n }), or the payloads (strings as they are, else JSON). @default 100 */
  records?: number | readonly unknown[];
  /** Indexes of records whose payload is replaced by text that is not valid JSON. @default [] */
  malformed?: readonly number[];
  /**
   * How many message groups (FIFO), partition keys (Kinesis) or item keys (DynamoDB items that lack their key) the
   * records spread over, in turn. @default 10 groups, 100 keys
   */
  keyCount?: number;
}

const DEFAULT_RECORD_COUNT = 100;

function payloadOptions(options: RecordInputOptions, malformed: readonly number[]) {
  const { records = DEFAULT_RECORD_COUNT } = options;
  return typeof records === 'number' ? { count: records, malformed } : { payloads: records, malformed };
}

function keyCountOf(options: RecordInputOptions, fallback: number): number {
  const { keyCount = fallback } = options;
  if (!Number.isInteger(keyCount) || keyCount < 1) {
    throw new InvalidSimulationOptionsError('keyCount', keyCount, 'a positive integer');
  }
  return keyCount;
}

/** The messages of the queue, in send order; FIFO messages in groups group-1..group-N in turn. */
export function simulatedSqsRecords(
  settings: SqsMappingSettings,
  options: RecordInputOptions,
  seed: string,
): SimulatedRecord<SQSRecord>[] {
  const bodies = batchPayloadTexts('simulate', payloadOptions(options, options.malformed ?? []));
  const { fifo, arn } = settings.queue;
  const groupIds = fifo ? bodies.map((_, index) => `group-${(index % keyCountOf(options, 10)) + 1}`) : undefined;
  const { Records } = sqsEvent({ bodies, queueArn: arn, seed, ...(groupIds && { fifo: { groupIds } }) });
  return Records.map((record, index) => ({
    index,
    identifier: record.messageId,
    record,
    lane: 0,
    ...(groupIds && { orderingKey: groupIds[index] }),
  }));
}

/** A record on its way into a shard, with what the source's event factory makes it from. */
interface ShardMember<TPayload> {
  index: number;
  /** Its partition key (Kinesis) or item key (DynamoDB). */
  key: string;
  payload: TPayload;
}

type StreamRecord = KinesisStreamRecord | DynamoDBRecord;

/**
 * Spreads the members over the stream's shards by the MD5 hash of their keys, as Kinesis spreads partition keys
 * (DynamoDB: item keys), and makes each shard's records with `recordsOf`, in increasing sequence numbers.
 */
function shardedRecords<TPayload>(
  settings: StreamMappingSettings,
  members: readonly ShardMember<TPayload>[],
  recordsOf: (shardId: string, members: readonly ShardMember<TPayload>[]) => StreamRecord[],
): SimulatedRecord<StreamRecord>[] {
  const byShard = new Map<number, ShardMember<TPayload>[]>();
  for (const member of members) {
    const shard = shardIndexOf(member.key, settings.stream.shardCount);
    const shardMembers = byShard.get(shard) ?? [];
    shardMembers.push(member);
    byShard.set(shard, shardMembers);
  }
  const simulated: SimulatedRecord<StreamRecord>[] = [];
  for (const [shard, shardMembers] of byShard) {
    const shardId = shardIdOf(shard);
    recordsOf(shardId, shardMembers).forEach((record, position) => {
      const member = shardMembers[position];
      if (member === undefined) return;
      simulated.push({
        index: member.index,
        identifier: identifierOf(record),
        record,
        orderingKey: member.key,
        shardId,
        lane: laneIndexOf(member.key, settings.parallelizationFactor),
      });
    });
  }
  return simulated.sort((a, b) => a.index - b.index);
}

/**
 * The records of the stream, spread over its shards by key, each shard's in increasing sequence numbers. Kinesis:
 * record i has partition key i mod keyCount. DynamoDB: each record is a change of the item its payload is, keyed by
 * the table's key attributes (see simulatedItemChanges).
 */
export function simulatedStreamRecords(
  settings: StreamMappingSettings,
  options: RecordInputOptions,
  seed: string,
): SimulatedRecord<StreamRecord>[] {
  const malformed = options.malformed ?? [];
  const keyCount = keyCountOf(options, 100);
  const shardSeed = (shardId: string) => `${seed}:${shardId}`;
  const streamArn = settings.stream.arn;
  if (settings.source === 'kinesis') {
    const texts = batchPayloadTexts('simulate', payloadOptions(options, malformed));
    const members = texts.map((text, index) => ({ index, key: `partition-key-${index % keyCount}`, payload: text }));
    return shardedRecords(settings, members, (shardId, shardMembers) => {
      const records = shardMembers.map((member) => member.payload);
      const partitionKeys = shardMembers.map((member) => member.key);
      return kinesisEvent({ seed: shardSeed(shardId), records, partitionKeys, shardId, streamArn }).Records;
    });
  }
  // Checks the malformed indexes are records, as for the other sources; the texts themselves stay whole, as
  // DynamoDB payloads are items and a malformed one is made from its item.
  batchPayloadTexts('simulate', payloadOptions(options, malformed));
  const changes = simulatedItemChanges({
    texts: batchPayloadTexts('simulate', payloadOptions(options, [])),
    malformed: new Set(malformed),
    keyCount,
    ...(settings.stream.keyAttributes && { keyAttributes: settings.stream.keyAttributes }),
  });
  const members = changes.map(({ index, key, change }) => ({ index, key, payload: change }));
  return shardedRecords(settings, members, (shardId, shardMembers) => {
    const records = shardMembers.map((member) => member.payload);
    return dynamodbStreamEvent({ seed: shardSeed(shardId), records, streamArn }).Records;
  });
}
