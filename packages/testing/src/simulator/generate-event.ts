import type { DynamoDBStreamEvent, KinesisStreamEvent, SQSEvent } from 'aws-lambda';
import { InvalidSimulationOptionsError } from '../errors.js';
import { dynamodbStreamEvent } from '../events/dynamodb-stream-event.js';
import type { DynamodbStreamEventName } from '../events/dynamodb-stream-record.js';
import { kinesisEvent } from '../events/kinesis-event.js';
import { sqsEvent } from '../events/sqs-event.js';
import { dynamodbChange, itemOf } from './dynamodb-changes.js';

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
  /** dynamodb-streams: record i is a change of kind eventNames[i mod n] to the item { pk: item-i }. @default ['INSERT'] */
  eventNames?: readonly DynamodbStreamEventName[];
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

function dynamodbEvent(options: GenerateEventOptions, count: number, malformed: readonly number[]) {
  const eventNames = options.eventNames ?? ['INSERT'];
  if (eventNames.length === 0) throw new InvalidSimulationOptionsError('eventNames', eventNames, 'a non-empty list');
  return dynamodbStreamEvent({
    ...(options.sourceArn !== undefined && { streamArn: options.sourceArn }),
    ...(options.seed !== undefined && { seed: options.seed }),
    records: Array.from({ length: count }, (_, index) =>
      dynamodbChange({
        index,
        eventName: eventNames[index % eventNames.length] ?? 'INSERT',
        keys: { pk: `item-${index + 1}` },
        item: options.body === undefined ? { id: index + 1 } : itemOf(options.body, 'body'),
        malformed: malformed.includes(index),
      }),
    ),
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
