import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { createBatchHandler } from './batch-handler.js';
import type { BatchHandler, BatchHandlerOptions, OptionalSchema, SchemaOutput } from './batch-options.js';
import { MalformedEventError } from './errors.js';
import { processFifoGroups } from './fifo-group-processing.js';
import { type SqsBatchItem, sqsRecordSource } from './sqs-record-source.js';

/** Options of `sqsFifoBatch`. */
export type SqsFifoBatchOptions<TSchema extends OptionalSchema = undefined> = BatchHandlerOptions<
  TSchema,
  SqsBatchItem<SchemaOutput<TSchema, string>>
>;

function messageGroupIdOf(record: SQSRecord, index: number): string {
  const groupId = record.attributes?.MessageGroupId;
  if (typeof groupId !== 'string' || groupId === '') {
    throw new MalformedEventError(
      `Expected SQS FIFO records with attributes.MessageGroupId, got none at Records[${index}] ` +
        `(messageId "${record.messageId}"). Use sqsBatch for standard queues.`,
    );
  }
  return groupId;
}

/**
 * A Lambda handler for an SQS FIFO queue: messages run one at a time in order. After a message fails, it and every
 * later message of its MessageGroupId are reported failed (the later ones without running), so the group keeps its
 * order when SQS redelivers; other groups go on. Requires `ReportBatchItemFailures` on the event source mapping.
 */
export function sqsFifoBatch<TSchema extends OptionalSchema = undefined>(
  options: SqsFifoBatchOptions<TSchema>,
): BatchHandler<SQSEvent> {
  return createBatchHandler(
    sqsRecordSource<TSchema>(options?.schema, 'SQS FIFO'),
    processFifoGroups(messageGroupIdOf),
    options,
  );
}
