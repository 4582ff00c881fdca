import type { Callback, Context, DynamoDBRecord, KinesisStreamRecord, SQSRecord } from 'aws-lambda';

/** A record of any source the simulator models, as Lambda puts it in the event. */
export type SourceRecord = SQSRecord | KinesisStreamRecord | DynamoDBRecord;

/** The event Lambda invokes the function with: a batch of records of one source. */
export interface SourceEvent<TRecord extends SourceRecord = SourceRecord> {
  Records: TRecord[];
}

export const isSqsRecord = (record: SourceRecord): record is SQSRecord => 'messageId' in record;

export const isKinesisRecord = (record: SourceRecord): record is KinesisStreamRecord => 'kinesis' in record;

/** The itemIdentifier a partial batch response names the record by: messageId, or the stream sequence number. */
export function identifierOf(record: SourceRecord): string {
  if (isSqsRecord(record)) return record.messageId;
  if (isKinesisRecord(record)) return record.kinesis.sequenceNumber;
  return record.dynamodb?.SequenceNumber ?? '';
}

/** The text a record carries: the SQS body, or the Kinesis data decoded from base64 (DynamoDB images are JSON). */
export function payloadTextOf(record: SQSRecord | KinesisStreamRecord): string {
  return isSqsRecord(record) ? record.body : Buffer.from(record.kinesis.data, 'base64').toString('utf8');
}

/**
 * Any Lambda handler: the simulator calls it with the event of the mapping's source (SQSEvent, KinesisStreamEvent
 * or DynamoDBStreamEvent), so a handler typed for one of them fits.
 */
export type SourceHandler = (event: never, context: Context, callback: Callback) => unknown;
