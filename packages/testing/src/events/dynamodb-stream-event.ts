import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { InvalidFactoryOptionsError } from '../errors.js';
import { DEFAULT_SOURCE_ARNS } from './default-source-arns.js';
import { toStreamImage } from './dynamodb-stream-image.js';
import {
  DYNAMODB_SEQUENCE_NUMBER_BASE,
  type DynamodbStreamEventName,
  dynamodbStreamRecord,
} from './dynamodb-stream-record.js';
import { idSource } from './id-source.js';

/** One change to put in the event, with plain JavaScript values (marshalled as @aws-sdk/util-dynamodb does). */
export interface DynamodbChangeSpec {
  eventName: DynamodbStreamEventName;
  /** The key attributes of the item; they are also part of every image. */
  keys: Record<string, unknown>;
  /** The item after the change (INSERT, MODIFY). @default the keys alone */
  newImage?: Record<string, unknown>;
  /** The item before the change (MODIFY, REMOVE). @default the keys alone */
  oldImage?: Record<string, unknown>;
}

export interface DynamodbStreamEventOptions {
  records: readonly DynamodbChangeSpec[];
  /** @default arn:aws:dynamodb:us-east-1:123456789012:table/test-table/stream/2024-01-01T00:00:00.000 */
  streamArn?: string;
  /** Makes event ids, sequence numbers and timestamps deterministic. */
  seed?: string | number;
}

const toImage = (item: Record<string, unknown>) =>
  toStreamImage(marshall(item, { removeUndefinedValues: true, convertClassInstanceToMap: true }));

/** A real-shaped DynamoDB Streams batch event (NEW_AND_OLD_IMAGES) with increasing sequence numbers. */
export function dynamodbStreamEvent(options: DynamodbStreamEventOptions): DynamoDBStreamEvent {
  const ids = idSource(options.seed);
  const { streamArn = DEFAULT_SOURCE_ARNS.tableStream } = options;
  const firstSequenceNumber = DYNAMODB_SEQUENCE_NUMBER_BASE + ids.integer() * 1_000n;
  const createdAt = new Date(ids.now() - 1_000);
  return {
    Records: options.records.map((change, index) => {
      const { eventName, keys, newImage, oldImage } = change;
      if (eventName === 'INSERT' && oldImage) {
        throw new InvalidFactoryOptionsError('dynamodbStreamEvent', `records[${index}].oldImage`, 'an INSERT has none');
      }
      if (eventName === 'REMOVE' && newImage) {
        throw new InvalidFactoryOptionsError('dynamodbStreamEvent', `records[${index}].newImage`, 'a REMOVE has none');
      }
      return dynamodbStreamRecord({
        eventName,
        keys: toImage(keys),
        ...(eventName !== 'REMOVE' && { newImage: toImage({ ...newImage, ...keys }) }),
        ...(eventName !== 'INSERT' && { oldImage: toImage({ ...oldImage, ...keys }) }),
        sequenceNumber: String(firstSequenceNumber + BigInt(index) * 100n),
        eventId: ids.hex(16),
        approximateCreationDateTime: createdAt,
        streamArn,
      });
    }),
  };
}
