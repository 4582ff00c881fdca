import { createHash } from 'node:crypto';
import type { SQSMessageAttributes, SQSRecord, SQSRecordAttributes } from 'aws-lambda';
import { regionOfArn } from './default-source-arns.js';

/** One SQS message as Lambda's poller sees it, before it becomes a record of the event. */
export interface SqsMessageSnapshot {
  messageId: string;
  receiptHandle: string;
  body: string;
  attributes: SQSRecordAttributes;
  messageAttributes?: SQSMessageAttributes;
  /** SQS computes it when the message has attributes; absent otherwise. */
  md5OfMessageAttributes?: string;
}

/** The record Lambda puts in an SQSEvent for one message of the queue `queueArn`. */
export function sqsRecord(message: SqsMessageSnapshot, queueArn: string): SQSRecord {
  const record: SQSRecord = {
    messageId: message.messageId,
    receiptHandle: message.receiptHandle,
    body: message.body,
    attributes: message.attributes,
    messageAttributes: message.messageAttributes ?? {},
    md5OfBody: createHash('md5').update(message.body, 'utf8').digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: regionOfArn(queueArn),
  };
  if (message.md5OfMessageAttributes !== undefined) record.md5OfMessageAttributes = message.md5OfMessageAttributes;
  return record;
}
