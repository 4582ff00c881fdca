import { createHash } from 'node:crypto';
import type { SQSEvent, SQSRecordAttributes } from 'aws-lambda';
import { InvalidFactoryOptionsError } from '../errors.js';
import { batchPayloadTexts } from './batch-payloads.js';
import { DEFAULT_SOURCE_ARNS } from './default-source-arns.js';
import { idSource } from './id-source.js';
import { sqsRecord } from './sqs-record.js';

export interface SqsEventOptions {
  /** How many records. @default the length of `bodies`, else 10 (Lambda's default SQS batch size) */
  count?: number;
  /** One body per record: strings are used as they are, anything else is JSON-encoded. */
  bodies?: readonly unknown[];
  /** The body of every record, or a function of the record index. @default (index) => ({ id: index + 1 }) */
  body?: unknown;
  /** Indexes of the records whose body is not valid JSON. @default [] */
  malformed?: readonly number[];
  /** @default arn:aws:sqs:us-east-1:123456789012:test-queue (test-queue.fifo with `fifo`) */
  queueArn?: string;
  /** Makes a FIFO batch: record i belongs to group `groupIds[i % groupIds.length]`. */
  fifo?: { groupIds: readonly string[] };
  /** ApproximateReceiveCount of every record. @default 1 */
  receiveCount?: number;
  /** Makes ids, receipt handles and timestamps deterministic: the same seed gives the same event. */
  seed?: string | number;
}

// The sender of messages sent by an IAM user, as SQS reports it.
const SENDER_ID = 'AIDAIENQZJOLO23YVJ4VO';

/** A real-shaped SQS batch event, like `sam local generate-event sqs receive-message` but with many records. */
export function sqsEvent(options: SqsEventOptions = {}): SQSEvent {
  const ids = idSource(options.seed);
  const { fifo, receiveCount = 1 } = options;
  if (fifo && fifo.groupIds.length === 0) {
    throw new InvalidFactoryOptionsError('sqsEvent', 'fifo', 'groupIds is empty; give at least one message group id');
  }
  const queueArn = options.queueArn ?? (fifo ? DEFAULT_SOURCE_ARNS.fifoQueue : DEFAULT_SOURCE_ARNS.queue);
  const bodies = batchPayloadTexts('sqsEvent', {
    count: options.count,
    payloads: options.bodies,
    payload: options.body,
    malformed: options.malformed,
  });
  const sentAt = ids.now() - 1_000;
  // FIFO sequence numbers are 20 digits and increase through the queue.
  const firstSequenceNumber = 18_000_000_000_000_000_000n + ids.integer();
  const records = bodies.map((body, index) => {
    const attributes: SQSRecordAttributes = {
      ApproximateReceiveCount: String(receiveCount),
      SentTimestamp: String(sentAt + index),
      SenderId: SENDER_ID,
      ApproximateFirstReceiveTimestamp: String(sentAt + 1_000 + index),
    };
    if (fifo) {
      attributes.MessageGroupId = fifo.groupIds[index % fifo.groupIds.length];
      attributes.MessageDeduplicationId = createHash('sha256').update(body).digest('hex');
      attributes.SequenceNumber = String(firstSequenceNumber + BigInt(index));
    }
    return sqsRecord({ messageId: ids.uuid(), receiptHandle: `AQEB${ids.base64(120)}`, body, attributes }, queueArn);
  });
  return { Records: records };
}
