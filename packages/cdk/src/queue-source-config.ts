import { Duration } from 'aws-cdk-lib';
import { batchingWindowOf } from './batching-window.js';
import type { SqsQueueSourceProps } from './sqs-queue-source.js';

/** A new queue made by the stack, with its dead-letter queue. */
export interface NewQueueConfig {
  /** Receives of a message before SQS moves it to the DLQ: how often a failing message is retried (1-1,000). */
  maxReceiveCount: number;
  /** How long the queue keeps a message before dropping it (1-14 days): the SQS record age limit. */
  retentionPeriodDays: number;
}

/** The queue a blueprint function reads, new or existing, and how Lambda batches its messages. */
export type QueueSourceConfig = {
  /** Messages per invocation: 1-10 (a standard queue with a batching window: up to 10,000). */
  batchSize: number;
  /**
   * ARN of the customer managed KMS key that encrypts the queue (new or existing). With a key, add
   * `{ template: 'kms-decrypt', on: 'source-key' }` to infra/role.ts. Undefined: SQS managed encryption.
   */
  keyArn: string | undefined;
} & (
  | { newQueue: NewQueueConfig; existingQueueArn?: never }
  | {
      /**
       * Read this queue instead of creating one (a FIFO queue's ARN ends in .fifo); its redrive policy and
       * visibility timeout are its owner's.
       */
      existingQueueArn: string;
      newQueue?: never;
    }
);

/**
 * The SqsQueueSource props a queue config gives (days and seconds as durations, 0 seconds as no batching window);
 * the stack adds what its kind of queue sets, such as `fifo`.
 */
export function queueSourcePropsOf(
  config: QueueSourceConfig & { maxBatchingWindowSeconds?: number },
): SqsQueueSourceProps {
  return {
    queueArn: config.existingQueueArn,
    keyArn: config.keyArn,
    batchSize: config.batchSize,
    maxBatchingWindow: batchingWindowOf(config.maxBatchingWindowSeconds),
    maxReceiveCount: config.newQueue?.maxReceiveCount,
    retentionPeriod: config.newQueue && Duration.days(config.newQueue.retentionPeriodDays),
  };
}
