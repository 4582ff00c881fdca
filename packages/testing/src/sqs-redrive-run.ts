import type { SQSClient } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import {
  createQueueWithDeadLetterQueue,
  type LocalQueueOptions,
  type OutgoingMessage,
  receiveBodies,
  sendMessages,
} from './emulators/local-sqs-queues.js';
import type { LambdaHandler } from './handler-invocation.js';
import { deliveriesOf } from './sqs-poll-deliveries.js';
import { SqsPoller, type SqsPollResult } from './sqs-poller.js';

export interface RedriveRunOptions {
  client: SQSClient;
  /** The queue to create with its DLQ: short visibility timeout and few receives keep the run quick. */
  queue: LocalQueueOptions;
  messages: readonly OutgoingMessage[];
  handler: LambdaHandler<SQSEvent>;
  /** The indexes in `messages` of those the handler keeps failing: the run ends once each was received maxReceiveCount times. */
  failingIndexes: readonly number[];
}

/** What a redrive run saw. */
export interface RedriveRunResult {
  /** The ids of `messages`, in their order. */
  messageIds: string[];
  /** Every poll, in order. */
  polls: SqsPollResult[];
  /** The bodies the DLQ holds at the end. */
  inDeadLetterQueue: string[];
  /** The bodies the queue still holds at the end. */
  leftInQueue: string[];
}

/** Waits a little longer than the visibility timeout, so that a message received last is visible (or redriven) again. */
const visibilityTimeoutOf = ({ visibilityTimeoutSeconds }: LocalQueueOptions) =>
  new Promise((resolve) => setTimeout(resolve, visibilityTimeoutSeconds * 1200));

/**
 * Creates a local queue with its DLQ, sends `messages`, and polls them into `handler` as a mapping with
 * ReportBatchItemFailures does, until every failing message was received maxReceiveCount times. Then, once the last
 * visibility timeout has run out, the queue's redrive policy has moved those to the DLQ: reads what both queues hold.
 */
export async function runUntilRedriven(options: RedriveRunOptions): Promise<RedriveRunResult> {
  const { client, queue, handler } = options;
  const { queueUrl, deadLetterQueueUrl } = await createQueueWithDeadLetterQueue(client, queue);
  const messageIds = await sendMessages(client, queueUrl, options.messages);
  const failingIds = options.failingIndexes.map((index) => messageIds[index] ?? `<no message ${index}>`);
  const poller = new SqsPoller({ client, queueUrl, handler, reportBatchItemFailures: true });
  const polls = await poller.drain({
    until: (results) => failingIds.every((id) => deliveriesOf(results, id).length === queue.maxReceiveCount),
  });
  await visibilityTimeoutOf(queue);
  const inDeadLetterQueue = await receiveBodies(client, deadLetterQueueUrl);
  const leftInQueue = await receiveBodies(client, queueUrl);
  return { messageIds, polls, inDeadLetterQueue, leftInQueue };
}
