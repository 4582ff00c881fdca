import type { DynamoDBStreamEvent, KinesisStreamEvent, SQSEvent } from 'aws-lambda';
import { InvalidSimulationOptionsError } from '../errors.js';
import { dynamodbStreamEvent } from '../events/dynamodb-stream-event.js';
import type { DynamodbStreamEventName } from '../events/dynamodb-stream-record.js';
import { kinesisEvent } from '../events/kinesis-event.js';
import { sqsEvent } from '../events/sqs-event.js';
import { dynamodbChange, itemOf } from './dynamodb-changes.js';
import { itemKeyOf, keyAttributesOf } from './dynamodb-item-keys.js';
import type { TableKeyAttribute } from './mapping-settings.js';

/** The sources `blueprints events` makes events for. */
export type EventSourceName = 'sqs' | 'sqs-fifo' | 'kinesis' | 'dynamodb-streams';

/** The event type of each source. */
export type GeneratedEvent<TSource extends EventSourceName> = TSource extends 'sqs' | 'sqs-fifo'
  ? SQSEvent
  : TSource extends 'kinesis'
    ? KinesisStreamEvent
    : DynamoDBStreamEvent;

export interface GenerateEventOptions {
  /** How many records. @default 10 */
  count?: number;
  /**
   * The payload of every record (a --body value or the content of a body file): text is used as it is, anything
   * else is JSON-encoded; for DynamoDB it is the item (NewImage), as an object or JSON text. @default { id: n }
   */
  body?: unknown;
  /** How many records carry a payload a decoder must reject, spread evenly through the batch. @default 0 */
  malformed?: number;
  /** sqs-fifo: record i is in group groupIds[i mod n]. @default ['group-1', 'group-2', 'group-3'] */
  groupIds?: readonly string[];
  /** kinesis: record i has partitionKeys[i mod n]. @default ['partition-key-1'] */
  partitionKeys?: readonly string[];
  /** dynamodb-streams: record i is a change of kind eventNames[i mod n] to the body's item. @default ['INSERT'] */
  eventNames?: readonly DynamodbStreamEventName[];
  /**
   * dynamodb-streams: the table's key attributes (partition key first), as readMappingSettings reads them from its
   * KeySchema. @default the body's own pk (and sk); item-<i + 1> for what it lacks
   */
  keyAttributes?: readonly TableKeyAttribute[];
  /** The queue, stream or table stream ARN. @default the factories' test-queue, test-stream, test-table */
  sourceArn?: string;
  /** The same seed gives the same event (ids, sequence numbers, timestamps). */
  seed?: string | number;
}

const DEFAULT_COUNT = 10;

/** `malformed` record indexes spread evenly over `count` records (the first at half a gap in). */
function spreadIndexes(count: number, malformed: number): number[] {
  if (!Number.isInteger(malformed) || malformed < 0 || malformed > count) {
    throw new InvalidSimulationOptionsError('malformed', malformed, `an integer from 0 to the ${count} records`);
  }
  return Array.from({ length: malformed }, (_, index) => Math.floor(((index + 0.5) * count) / malformed));
}

/**
 * DynamoDB changes of the body's item, keyed by its own key attributes (the table's `keyAttributes`, else its pk and
 * sk): one item whose changes the batch shows, so every record keeps the body's key. Without a body, or key attributes
 * the body lacks, record i changes item `item-<i + 1>`. MODIFY and REMOVE carry the whole item as old image: the
 * changes of the batch leave it as the body has it.
 */
function dynamodbEvent(options: GenerateEventOptions, count: number, malformed: readonly number[]) {
  const eventNames = options.eventNames ?? ['INSERT'];
  if (eventNames.length === 0) throw new InvalidSimulationOptionsError('eventNames', eventNames, 'a non-empty list');
  const body = options.body === undefined ? undefined : itemOf(options.body, 'body');
  return dynamodbStreamEvent({
    ...(options.sourceArn !== undefined && { streamArn: options.sourceArn }),
    ...(options.seed !== undefined && { seed: options.seed }),
    records: Array.from({ length: count }, (_, index) => {
      const item = body ?? { id: index + 1 };
      const { key } = itemKeyOf(item, keyAttributesOf(item, options.keyAttributes), index + 1, 'body');
      return dynamodbChange({
        index,
        eventName: eventNames[index % eventNames.length] ?? 'INSERT',
        keys: key,
        item: { ...item, ...key },
        malformed: malformed.includes(index),
      });
    }),
  });
}

/**
 * A real-shaped batch event of `source`, as `blueprints events` prints it: `count` records with the given body,
 * some of them malformed, FIFO groups, Kinesis partition keys or DynamoDB INSERT/MODIFY/REMOVE changes.
 */
export function generateEvent<TSource extends EventSourceName>(
  source: TSource,
  options: GenerateEventOptions = {},
): GeneratedEvent<TSource> {
  const count = options.count ?? DEFAULT_COUNT;
  if (!Number.isInteger(count) || count < 1) {
    throw new InvalidSimulationOptionsError('count', count, 'a positive integer');
  }
  const malformed = spreadIndexes(count, options.malformed ?? 0);
  const { body, seed, sourceArn } = options;
  const batch = { count, malformed, ...(seed !== undefined && { seed }) };
  switch (source) {
    case 'sqs':
    case 'sqs-fifo':
      return sqsEvent({
        ...batch,
        ...(body !== undefined && { body }),
        ...(sourceArn !== undefined && { queueArn: sourceArn }),
        ...(source === 'sqs-fifo' && { fifo: { groupIds: options.groupIds ?? ['group-1', 'group-2', 'group-3'] } }),
      }) as GeneratedEvent<TSource>;
    case 'kinesis':
      return kinesisEvent({
        ...batch,
        ...(body !== undefined && { record: body }),
        ...(sourceArn !== undefined && { streamArn: sourceArn }),
        ...(options.partitionKeys && { partitionKeys: options.partitionKeys }),
      }) as GeneratedEvent<TSource>;
    case 'dynamodb-streams':
      return dynamodbEvent(options, count, malformed) as GeneratedEvent<TSource>;
    default:
      throw new InvalidSimulationOptionsError('source', source, 'one of sqs, sqs-fifo, kinesis, dynamodb-streams');
  }
}
