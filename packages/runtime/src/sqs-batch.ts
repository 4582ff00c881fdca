import type { SQSEvent } from 'aws-lambda';
import { createBatchHandler } from './batch-handler.js';
import type { BatchHandler, BatchHandlerOptions, OptionalSchema, SchemaOutput } from './batch-options.js';
import { processConcurrently } from './concurrent-processing.js';
import { InvalidBatchOptionsError } from './errors.js';
import { type SqsBatchItem, sqsRecordSource } from './sqs-record-source.js';

/** Options of `sqsBatch`. */
export interface SqsBatchOptions<TSchema extends OptionalSchema = undefined>
  extends BatchHandlerOptions<TSchema, SqsBatchItem<SchemaOutput<TSchema, string>>> {
  /**
   * How many records of a batch run at once. Standard queues promise no order, so records run side by side;
   * set 1 to run them one at a time.
   * @default 10 (a whole batch of the default batch size at once, without opening thousands of connections for
   * the 10,000-record batches a batching window allows)
   */
  concurrency?: number;
}

const defaultConcurrency = 10;

/**
 * A Lambda handler for a standard SQS queue: each message body is parsed and validated, then given to
 * `handleRecord`; every message that fails to decode, validate or run is reported in `batchItemFailures`, so only
 * those return to the queue. Requires `ReportBatchItemFailures` on the event source mapping.
 */
export function sqsBatch<TSchema extends OptionalSchema = undefined>(
  options: SqsBatchOptions<TSchema>,
): BatchHandler<SQSEvent> {
  const concurrency = options?.concurrency ?? defaultConcurrency;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new InvalidBatchOptionsError(
      `concurrency must be a whole number of at least 1, got ${concurrency}. Use 1 to run records one at a time.`,
    );
  }
  return createBatchHandler(
    sqsRecordSource<TSchema>(options?.schema, 'SQS'),
    processConcurrently(concurrency),
    options,
  );
}
