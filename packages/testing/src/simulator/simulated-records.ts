import type { DynamoDBRecord, KinesisStreamRecord, SQSRecord } from 'aws-lambda';
import { InvalidSimulationOptionsError } from '../errors.js';
import { batchPayloadTexts } from '../events/batch-payloads.js';
import { dynamodbStreamEvent } from '../events/dynamodb-stream-event.js';
import { kinesisEvent } from '../events/kinesis-event.js';
import { sqsEvent } from '../events/sqs-event.js';
import { dynamodbChange, itemOf } from './dynamodb-changes.js';
import type { SqsMappingSettings, StreamMappingSettings } from './mapping-settings.js';
import { laneIndexOf, shardIdOf, shardIndexOf } from './partition-keys.js';
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
   * How many message groups (FIFO), partition keys (Kinesis) or item keys (DynamoDB) the records spread over, in
   * turn. @default 10 groups, 100 keys
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

/** A record on its way into a shard. */
interface ShardMember {
  index: number;
  /** Its partition key (Kinesis) or item key (DynamoDB). */
  key: string;
  text: string;
  /** DynamoDB: its images carry text a schema must reject. */
  malformed: boolean;
  /** DynamoDB: the payload of the item's previous change, which is its old image. */
  previousText?: string;
}

/** Records of one shard, built by the source's event factory so they are shaped as Lambda delivers them. */
function shardRecords(
  settings: StreamMappingSettings,
  shardId: string,
  members: readonly ShardMember[],
  seed: string,
): (KinesisStreamRecord | DynamoDBRecord)[] {
  const shardSeed = { seed: `${seed}:${shardId}` };
  if (settings.source === 'kinesis') {
    return kinesisEvent({
      ...shardSeed,
      records: members.map((member) => member.text),
      partitionKeys: members.map((member) => member.key),
      shardId,
      streamArn: settings.stream.arn,
    }).Records;
  }
  return dynamodbStreamEvent({
    ...shardSeed,
    streamArn: settings.stream.arn,
    records: members.map(({ index, key, text, malformed, previousText }) =>
      dynamodbChange({
        index,
        // An item's first change inserts it; the later ones modify it.
        eventName: previousText === undefined ? 'INSERT' : 'MODIFY',
        keys: { pk: key },
        item: itemOf(text, 'records'),
        ...(previousText !== undefined && { previousItem: itemOf(previousText, 'records') }),
        malformed,
      }),
    ),
  }).Records;
}

/**
 * The records of the stream, spread over its shards by the MD5 hash of their partition keys as Kinesis spreads
 * them (DynamoDB: by item key), each shard's in increasing sequence numbers; record i has key i mod keyCount.
 */
export function simulatedStreamRecords(
  settings: StreamMappingSettings,
  options: RecordInputOptions,
  seed: string,
): SimulatedRecord<KinesisStreamRecord | DynamoDBRecord>[] {
  const dynamodb = settings.source === 'dynamodb-streams';
  const malformed = options.malformed ?? [];
  // DynamoDB payloads are items: malformed ones are made from the item, not by replacing its text.
  const texts = batchPayloadTexts('simulate', payloadOptions(options, dynamodb ? [] : malformed));
  // Checks the malformed indexes are records, as it does for the other sources.
  if (dynamodb) batchPayloadTexts('simulate', payloadOptions(options, malformed));
  const malformedItems = new Set(dynamodb ? malformed : []);
  const keyCount = keyCountOf(options, 100);
  const byShard = new Map<number, ShardMember[]>();
  const lastTextOfKey = new Map<string, string>();
  texts.forEach((text, index) => {
    const key = dynamodb ? `item-${index % keyCount}` : `partition-key-${index % keyCount}`;
    const shard = shardIndexOf(key, settings.stream.shardCount);
    const previousText = lastTextOfKey.get(key);
    lastTextOfKey.set(key, text);
    const members = byShard.get(shard) ?? [];
    members.push({
      index,
      key,
      text,
      malformed: malformedItems.has(index),
      ...(previousText !== undefined && { previousText }),
    });
    byShard.set(shard, members);
  });
  const simulated: SimulatedRecord<KinesisStreamRecord | DynamoDBRecord>[] = [];
  for (const [shard, members] of byShard) {
    const shardId = shardIdOf(shard);
    shardRecords(settings, shardId, members, seed).forEach((record, position) => {
      const member = members[position];
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
