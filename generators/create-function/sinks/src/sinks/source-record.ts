import type { DynamoDBRecord, KinesisStreamRecord, SQSRecord } from 'aws-lambda';

/** A record of any source a blueprint reads, as Lambda delivers it. */
export type SourceRecord = SQSRecord | KinesisStreamRecord | DynamoDBRecord;

/**
 * The record's id at its source (SQS message id, Kinesis sequence number, DynamoDB stream event id). Lambda delivers
 * a record again when its batch is retried: keyed on this id, a sink's write stays idempotent.
 */
export function sourceRecordId(record: SourceRecord): string {
  if ('messageId' in record) return record.messageId;
  if ('kinesis' in record) return record.kinesis.sequenceNumber;
  const id = record.eventID ?? record.dynamodb?.SequenceNumber;
  if (id === undefined) throw new TypeError('The DynamoDB stream record has neither an eventID nor a SequenceNumber.');
  return id;
}
