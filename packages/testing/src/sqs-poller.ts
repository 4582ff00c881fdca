import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { type BatchOutcome, sqsBatchOutcome } from './batch-response.js';
import {
  DrainTimeoutError,
  InvalidMappingOptionsError,
  SqsDeleteFailedError,
  UnexpectedEmulatorResponseError,
} from './errors.js';
import { type SqsMessageSnapshot, sqsRecord } from './events/sqs-record.js';
import { FifoGroupGate, type GatedQueue } from './fifo-group-gate.js';
import { type HandlerInvocation, invokeHandler, type LambdaHandler } from './handler-invocation.js';
import type { LambdaContextOptions } from './lambda-context.js';
import { snapshotOfReceivedMessage } from './sqs-received-message.js';

export interface SqsPollerOptions {
  client: SQSClient;
  queueUrl: string;
  handler: LambdaHandler<SQSEvent>;
  /** Whether the mapping has FunctionResponseTypes ["ReportBatchItemFailures"] (aws-cdk-lib's default is off). */
  reportBatchItemFailures: boolean;
  /** MaxNumberOfMessages of each receive, 1-10. @default 10 */
  batchSize?: number;
  /** Long polling wait of each receive, 0-20 s. @default 0 */
  waitTimeSeconds?: number;
  /** The Lambda context of each invocation (function name, timeout, memory). */
  context?: LambdaContextOptions;
}

/** What one poll did. */
export interface SqsPollResult {
  /** How many messages the receive returned. */
  received: number;
  /** FIFO: messages received but not handed to the handler because an earlier message of their group is pending. */
  heldBack: string[];
  /** The event the handler got; absent when nothing was delivered. */
  event?: SQSEvent;
  invocation?: HandlerInvocation;
  /** What Lambda made of the response: `succeeded` were deleted, `failed` come back after the visibility timeout. */
  outcome?: BatchOutcome;
}

export interface SqsDrainOptions {
  /** Checked after every poll with every result so far; the drain ends when it returns true. */
  until: (results: readonly SqsPollResult[]) => boolean;
  /** @default 20000 */
  timeoutMs?: number;
  /** Pause after a poll that delivered nothing, to let visibility timeouts run. @default 50 */
  idleDelayMs?: number;
}

interface QueueFacts extends GatedQueue {
  arn: string;
  fifo: boolean;
}

interface ReceivedMessage extends SqsMessageSnapshot {
  groupId?: string;
  receiveCount: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls an SQS queue the way Lambda's event source mapping does: receive a batch with every attribute, invoke the
 * handler, delete the messages that succeeded, and leave the failed ones to come back when the queue's visibility
 * timeout ends (the emulator's ChangeMessageVisibility miscounts receives, so it is never used). On FIFO queues it
 * also blocks message groups, which the emulator does not. One poller keeps the group state across its polls.
 */
export class SqsPoller {
  private facts?: QueueFacts;
  private gate?: FifoGroupGate;
  private readonly batchSize: number;
  private readonly waitTimeSeconds: number;

  constructor(private readonly options: SqsPollerOptions) {
    const { batchSize = 10, waitTimeSeconds = 0 } = options;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10) {
      throw new InvalidMappingOptionsError('batchSize', batchSize, 'integers 1-10 for SQS without a batching window');
    }
    if (!Number.isInteger(waitTimeSeconds) || waitTimeSeconds < 0 || waitTimeSeconds > 20) {
      throw new InvalidMappingOptionsError('waitTimeSeconds', waitTimeSeconds, 'integers 0-20');
    }
    this.batchSize = batchSize;
    this.waitTimeSeconds = waitTimeSeconds;
  }

  /** Receives one batch, invokes the handler with the messages it may see, and deletes the successes. */
  async pollOnce(): Promise<SqsPollResult> {
    const { client, queueUrl, handler, reportBatchItemFailures, context } = this.options;
    const facts = await this.queueFacts();
    const receivedAt = Date.now();
    const { Messages = [] } = await client.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: this.batchSize,
        WaitTimeSeconds: this.waitTimeSeconds,
        // The emulator returns system attributes only for the older AttributeNames parameter.
        AttributeNames: ['All'],
        MessageAttributeNames: ['All'],
      }),
    );
    const received = Messages.map((message): ReceivedMessage => {
      const snapshot = snapshotOfReceivedMessage(message);
      const { MessageGroupId, ApproximateReceiveCount } = snapshot.attributes;
      return {
        ...snapshot,
        receiveCount: Number(ApproximateReceiveCount),
        ...(MessageGroupId && { groupId: MessageGroupId }),
      };
    });
    const { deliver, hold } = this.gate ? this.gate.admit(received, receivedAt) : { deliver: received, hold: [] };
    const heldBack = hold.map((message) => message.messageId);
    if (deliver.length === 0) return { received: received.length, heldBack };

    const event: SQSEvent = { Records: deliver.map((message) => sqsRecord(message, facts.arn)) };
    const invocation = await invokeHandler(handler, event, context);
    const outcome = sqsBatchOutcome({
      identifiers: deliver.map((message) => message.messageId),
      invocation,
      reportBatchItemFailures,
    });
    await this.delete(deliver.filter((message) => outcome.succeeded.includes(message.messageId)));
    this.gate?.block(
      deliver.filter((message) => outcome.failed.includes(message.messageId)),
      receivedAt,
    );
    return { received: received.length, heldBack, event, invocation, outcome };
  }

  /** Polls until `until` holds, pausing after polls that delivered nothing; throws DrainTimeoutError past the timeout. */
  async drain({ until, timeoutMs = 20_000, idleDelayMs = 50 }: SqsDrainOptions): Promise<SqsPollResult[]> {
    const deadline = Date.now() + timeoutMs;
    const results: SqsPollResult[] = [];
    while (true) {
      const result = await this.pollOnce();
      results.push(result);
      if (until(results)) return results;
      if (Date.now() >= deadline) {
        throw new DrainTimeoutError(`Draining ${this.options.queueUrl}`, timeoutMs, results.length);
      }
      if (!result.event) await sleep(idleDelayMs);
    }
  }

  /** The queue's ARN, visibility timeout, FIFO flag and redrive limit, read once as Lambda does at mapping creation. */
  private async queueFacts(): Promise<QueueFacts> {
    if (this.facts) return this.facts;
    const { Attributes = {} } = await this.options.client.send(
      new GetQueueAttributesCommand({
        QueueUrl: this.options.queueUrl,
        AttributeNames: ['QueueArn', 'VisibilityTimeout', 'FifoQueue', 'RedrivePolicy'],
      }),
    );
    const { QueueArn, VisibilityTimeout, FifoQueue, RedrivePolicy } = Attributes;
    if (QueueArn === undefined || VisibilityTimeout === undefined) {
      throw new UnexpectedEmulatorResponseError(
        `GetQueueAttributes of ${this.options.queueUrl}`,
        'QueueArn or VisibilityTimeout',
        'Check the queue URL and endpoint.',
      );
    }
    const maxReceiveCount = RedrivePolicy
      ? Number((JSON.parse(RedrivePolicy) as { maxReceiveCount: unknown }).maxReceiveCount)
      : undefined;
    this.facts = {
      arn: QueueArn,
      fifo: FifoQueue === 'true',
      visibilityTimeoutSeconds: Number(VisibilityTimeout),
      ...(maxReceiveCount !== undefined && { maxReceiveCount }),
    };
    if (this.facts.fifo) this.gate = new FifoGroupGate(this.facts);
    return this.facts;
  }

  private async delete(messages: readonly ReceivedMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const { Failed = [] } = await this.options.client.send(
      new DeleteMessageBatchCommand({
        QueueUrl: this.options.queueUrl,
        Entries: messages.map((message, index) => ({ Id: String(index), ReceiptHandle: message.receiptHandle })),
      }),
    );
    if (Failed.length > 0) {
      const ids = Failed.map((failure) => messages[Number(failure.Id)]?.messageId ?? `entry ${failure.Id}`);
      throw new SqsDeleteFailedError(ids, Failed.map((failure) => failure.Message ?? failure.Code).join('; '));
    }
  }
}

/** One poll of a fresh poller (no FIFO group state carried from earlier polls). */
export function pollSqsOnce(options: SqsPollerOptions): Promise<SqsPollResult> {
  return new SqsPoller(options).pollOnce();
}

/** Polls with one poller until `until` holds; returns every poll's result. */
export function drainSqs(options: SqsPollerOptions & SqsDrainOptions): Promise<SqsPollResult[]> {
  return new SqsPoller(options).drain(options);
}
