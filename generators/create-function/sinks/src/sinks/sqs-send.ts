import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { sinkNames } from './sink-names.js';
import { sinkVariable } from './sink-variable.js';
import { type SourceRecord, sourceRecordId } from './source-record.js';

// One client per execution environment, reused by every invocation.
const client = new SQSClient({});

/**
 * Sends the record's payload as a JSON message to the sink queue, with the source record id as the message attribute
 * `sourceRecordId`. On a FIFO queue that id is also the deduplication id, so a retried record is sent once.
 */
export async function sendToQueue(record: SourceRecord, payload: unknown): Promise<void> {
  const queueUrl = sinkVariable(sinkNames['sqs-send'].variable);
  const id = sourceRecordId(record);
  const fifo = queueUrl.endsWith('.fifo') ? { MessageGroupId: id, MessageDeduplicationId: id } : {};
  await client.send(
    new SendMessageCommand({
      QueueUrl: queueUrl,
      MessageBody: JSON.stringify(payload ?? null),
      MessageAttributes: { sourceRecordId: { DataType: 'String', StringValue: id } },
      ...fifo,
    }),
  );
}
