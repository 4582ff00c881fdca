import type { DynamoDBStreamEvent, KinesisStreamEvent, SQSEvent } from 'aws-lambda';
import { identifierOf, type SourceRecord } from '../../../src/index.js';

/** The `id` a record's payload carries: the SQS body, the Kinesis data, the DynamoDB NewImage. */
export function payloadIdOf(record: SourceRecord): number {
  if ('messageId' in record) return (JSON.parse(record.body) as { id: number }).id;
  if ('kinesis' in record) {
    return (JSON.parse(Buffer.from(record.kinesis.data, 'base64').toString('utf8')) as { id: number }).id;
  }
  return Number(record.dynamodb?.NewImage?.id?.N);
}

/** Decides, per record id, whether processing it fails (a real failure of the handler, not an injected one). */
export type RecordFails = (id: number) => boolean;

const never: RecordFails = () => false;

/** What a recording handler saw: processed records in order, and each batch it got. */
export interface Recording {
  /** itemIdentifiers of the records processed without failing, in the order they were processed. */
  processed: string[];
  /** The payload ids of each batch, in order. */
  batches: number[][];
}

/** Like the runtime's SQS handler: every record on its own, each failure reported by messageId. */
export function sqsBatchHandler(fails: RecordFails = never) {
  const recording: Recording = { processed: [], batches: [] };
  const handler = async (event: SQSEvent) => {
    recording.batches.push(event.Records.map(payloadIdOf));
    const batchItemFailures = [];
    for (const record of event.Records) {
      if (fails(payloadIdOf(record))) batchItemFailures.push({ itemIdentifier: record.messageId });
      else recording.processed.push(record.messageId);
    }
    return { batchItemFailures };
  };
  return { handler, recording };
}

/** Like the runtime's SQS FIFO handler: after a failure, that message and the rest of its group are reported. */
export function fifoBatchHandler(fails: RecordFails = never) {
  const recording: Recording = { processed: [], batches: [] };
  const handler = async (event: SQSEvent) => {
    recording.batches.push(event.Records.map(payloadIdOf));
    const failedGroups = new Set<string>();
    const batchItemFailures = [];
    for (const record of event.Records) {
      const group = record.attributes.MessageGroupId ?? '';
      if (failedGroups.has(group) || fails(payloadIdOf(record))) {
        failedGroups.add(group);
        batchItemFailures.push({ itemIdentifier: record.messageId });
      } else {
        recording.processed.push(record.messageId);
      }
    }
    return { batchItemFailures };
  };
  return { handler, recording };
}

/** Like the runtime's stream handlers: records in order, stopping at the first failure and reporting only it. */
export function streamBatchHandler(fails: RecordFails = never) {
  const recording: Recording = { processed: [], batches: [] };
  const handler = async (event: KinesisStreamEvent | DynamoDBStreamEvent) => {
    const records = event.Records as SourceRecord[];
    recording.batches.push(records.map(payloadIdOf));
    for (const record of records) {
      const identifier = identifierOf(record);
      if (fails(payloadIdOf(record))) return { batchItemFailures: [{ itemIdentifier: identifier }] };
      recording.processed.push(identifier);
    }
    return { batchItemFailures: [] };
  };
  return { handler, recording };
}
