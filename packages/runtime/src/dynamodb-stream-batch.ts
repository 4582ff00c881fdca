import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { createBatchHandler } from './batch-handler.js';
import type { BatchHandler, BatchHandlerOptions, OptionalSchema, SchemaOutput } from './batch-options.js';
import { unmarshallImage } from './dynamodb-image-decoding.js';
import { RecordDecodeError } from './errors.js';
import { processInOrderUntilFailure } from './ordered-processing.js';
import type { RecordSource } from './record-source.js';
import { validateWithSchema } from './schema-validation.js';

/** The change a DynamoDB stream record describes. */
export type DynamoDbEventName = 'INSERT' | 'MODIFY' | 'REMOVE';

/** What the record function of `dynamodbStreamBatch` receives. */
export interface DynamoDbStreamBatchItem<TImage> {
  eventName: DynamoDbEventName;
  /** The item's key attributes as plain values. */
  keys: Record<string, unknown>;
  /**
   * The item after the change (INSERT, MODIFY), unmarshalled and validated by the schema; undefined for REMOVE or
   * when the stream's view type carries no new image.
   */
  newImage: TImage | undefined;
  /**
   * The item before the change (MODIFY, REMOVE), unmarshalled and validated by the schema; undefined for INSERT or
   * when the stream's view type carries no old image.
   */
  oldImage: TImage | undefined;
  /** The stream record as Lambda delivered it. */
  record: DynamoDBRecord;
}

/** Options of `dynamodbStreamBatch`. Without a schema the images are plain unvalidated objects. */
export type DynamoDbStreamBatchOptions<TSchema extends OptionalSchema = undefined> = BatchHandlerOptions<
  TSchema,
  DynamoDbStreamBatchItem<SchemaOutput<TSchema, Record<string, unknown>>>
>;

const eventNames: ReadonlySet<unknown> = new Set<DynamoDbEventName>(['INSERT', 'MODIFY', 'REMOVE']);

function isEventName(value: unknown): value is DynamoDbEventName {
  return eventNames.has(value);
}

function dynamodbRecordSource<TSchema extends OptionalSchema>(
  schema: TSchema | undefined,
): RecordSource<DynamoDBRecord, DynamoDbStreamBatchItem<SchemaOutput<TSchema, Record<string, unknown>>>> {
  type Image = SchemaOutput<TSchema, Record<string, unknown>>;

  const decodeImage = (image: unknown, description: string): Image | Promise<Image> => {
    const plain = unmarshallImage(image, description);
    return (schema === undefined ? plain : validateWithSchema(schema, plain, description)) as Image | Promise<Image>;
  };

  return {
    label: 'DynamoDB',
    eventSource: 'aws:dynamodb',
    identifierPath: 'dynamodb.SequenceNumber',
    identifierOf: (record) => record.dynamodb?.SequenceNumber,
    decode: (record) => {
      const { eventName } = record;
      if (!isEventName(eventName)) {
        throw new RecordDecodeError(
          `DynamoDB stream record has eventName ${JSON.stringify(eventName)}, expected INSERT, MODIFY or REMOVE. ` +
            'Check what produces this event.',
        );
      }
      const change = record.dynamodb ?? {};
      const keys = unmarshallImage(change.Keys, 'DynamoDB Keys');
      // Only the images the event name promises: a REMOVE's NewImage or an INSERT's OldImage is not the item.
      const newImage =
        eventName !== 'REMOVE' && change.NewImage !== undefined
          ? decodeImage(change.NewImage, 'DynamoDB NewImage')
          : undefined;
      const oldImage =
        eventName !== 'INSERT' && change.OldImage !== undefined
          ? decodeImage(change.OldImage, 'DynamoDB OldImage')
          : undefined;
      if (newImage instanceof Promise || oldImage instanceof Promise) {
        return Promise.all([newImage, oldImage]).then(([validatedNew, validatedOld]) => ({
          eventName,
          keys,
          newImage: validatedNew,
          oldImage: validatedOld,
          record,
        }));
      }
      return { eventName, keys, newImage, oldImage, record };
    },
    payloadOf: (record) => record.dynamodb,
    arrivalTimeOf: (record) => {
      const seconds = record.dynamodb?.ApproximateCreationDateTime;
      return seconds !== undefined && Number.isFinite(seconds) ? seconds * 1000 : undefined;
    },
  };
}

/**
 * A Lambda handler for a DynamoDB stream: each record's keys and images are unmarshalled to plain values, the
 * schema is applied to the images the event name carries (INSERT: new, MODIFY: both, REMOVE: old), and records run
 * one at a time in order, stopping at the first failure; the response names exactly that record's sequence number.
 * Requires `ReportBatchItemFailures` on the event source mapping.
 */
export function dynamodbStreamBatch<TSchema extends OptionalSchema = undefined>(
  options: DynamoDbStreamBatchOptions<TSchema>,
): BatchHandler<DynamoDBStreamEvent> {
  return createBatchHandler(dynamodbRecordSource<TSchema>(options?.schema), processInOrderUntilFailure, options);
}
