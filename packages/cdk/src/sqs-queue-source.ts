import { Duration, RemovalPolicy, Token } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { BindingSlot } from './binding-slot.js';
import { encryptedQueue } from './encrypted-queue.js';
import { ConflictingPropsError, UnsupportedOptionError, VisibilityTimeoutTooShortError } from './errors.js';
import {
  type BlueprintEventSource,
  definedArns,
  type EventSourceBindContext,
  type EventSourceBinding,
} from './event-source.js';
import { refuseNewResourceProps } from './import-conflicts.js';
import { sqsLimits } from './mapping-limits.js';
import { queueMessagesAlarm } from './queue-messages-alarm.js';
import { requireInRange } from './range-validation.js';

/** Props of an SQS source: a new encrypted queue with its DLQ, or an existing queue by ARN. */
export interface SqsQueueSourceProps {
  /**
   * ARN of an existing queue to read instead of creating one. Its redrive policy (DLQ, maxReceiveCount) and its
   * visibility timeout (at least 6 x the function timeout + the batching window) are then its owner's job.
   * @default - a new queue with a dead-letter queue
   */
  readonly queueArn?: string;
  /**
   * ARN of a customer managed KMS key: it encrypts the new queue and its DLQ, or it is the key of the existing queue.
   * The role gets kms:Decrypt on it.
   * @default - SQS managed encryption (SSE-SQS)
   */
  readonly keyArn?: string;
  /**
   * A FIFO queue (and a FIFO DLQ): order per message group, batches of at most 10, no batching window.
   * @default - false for a new queue; for an existing queue, whether its ARN ends in `.fifo`
   */
  readonly fifo?: boolean;
  /**
   * Messages per batch: 1-10, or up to 10,000 on a standard queue with a batching window.
   * @default 10
   */
  readonly batchSize?: number;
  /**
   * How long Lambda gathers messages before invoking (0-300 seconds; standard queues only).
   * @default - no batching window
   */
  readonly maxBatchingWindow?: Duration;
  /**
   * Most concurrent invocations the mapping makes (2-1,000).
   * @default - no limit but the function's
   */
  readonly maxConcurrency?: number;
  /**
   * Visibility timeout of the new queue; at least 6 x the function timeout + the batching window.
   * @default - exactly 6 x the function timeout + the batching window
   */
  readonly visibilityTimeout?: Duration;
  /**
   * Receives of a message before the queue moves it to the DLQ (1-1,000).
   * @default 5
   */
  readonly maxReceiveCount?: number;
  /**
   * How long the new queue keeps a message (its DLQ keeps them 14 days, the SQS maximum).
   * @default Duration.days(4), the SQS default
   */
  readonly retentionPeriod?: Duration;
  /**
   * What happens to the new queue and its DLQ when the stack is deleted.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

interface SqsResources {
  queue: sqs.IQueue;
  deadLetterQueue: sqs.Queue | undefined;
}

/**
 * Reads an SQS queue with partial batch responses (ReportBatchItemFailures) always on. A new queue gets a DLQ of the
 * same FIFO-ness, SSE, a TLS-only policy, a visibility timeout sized from the function timeout, and an alarm on the
 * DLQ.
 */
export class SqsQueueSource implements BlueprintEventSource {
  private readonly resources = new BindingSlot<SqsResources>('SqsQueueSource');
  private readonly fifo: boolean;

  constructor(private readonly props: SqsQueueSourceProps = {}) {
    refuseNewResourceProps(
      'queueArn',
      props.queueArn,
      {
        visibilityTimeout: props.visibilityTimeout,
        maxReceiveCount: props.maxReceiveCount,
        retentionPeriod: props.retentionPeriod,
        removalPolicy: props.removalPolicy,
      },
      'queue',
    );
    this.fifo = fifoOf(props);
    validateBatching(props, this.fifo);
    if (props.maxConcurrency !== undefined) {
      requireInRange('maxConcurrency', props.maxConcurrency, sqsLimits.maxConcurrency);
    }
    if (props.maxReceiveCount !== undefined) {
      requireInRange('maxReceiveCount', props.maxReceiveCount, sqsLimits.maxReceiveCount);
    }
  }

  /** The queue read (created or imported). Available once the source is bound to a BlueprintFunction. */
  get queue(): sqs.IQueue {
    return this.resources.get('queue').queue;
  }

  /** The DLQ created with the queue; undefined for an imported queue. */
  get deadLetterQueue(): sqs.Queue | undefined {
    return this.resources.get('deadLetterQueue').deadLetterQueue;
  }

  bind(scope: Construct, context: EventSourceBindContext): EventSourceBinding {
    const { props } = this;
    const resources: SqsResources =
      props.queueArn === undefined
        ? this.newQueues(scope, context.functionTimeout)
        : {
            queue: sqs.Queue.fromQueueAttributes(scope, 'Queue', {
              queueArn: props.queueArn,
              keyArn: props.keyArn,
              fifo: this.fifo,
            }),
            deadLetterQueue: undefined,
          };
    this.resources.set(resources);
    return {
      kind: this.fifo ? 'sqs-fifo' : 'sqs',
      roleOptions: { sourceKey: props.keyArn !== undefined },
      resourceArns: definedArns({ source: resources.queue.queueArn, 'source-key': props.keyArn }),
      attach: (fn) => {
        const mapping = new lambda.EventSourceMapping(scope, 'Mapping', {
          target: fn,
          eventSourceArn: resources.queue.queueArn,
          reportBatchItemFailures: true,
          batchSize: props.batchSize ?? 10,
          maxBatchingWindow: props.maxBatchingWindow,
          maxConcurrency: props.maxConcurrency,
        });
        const dlq = resources.deadLetterQueue;
        const alarms = dlq === undefined ? [] : [queueMessagesAlarm(scope, 'DeadLetterAlarm', dlq, 'The DLQ')];
        return { mapping, alarms };
      },
    };
  }

  private newQueues(scope: Construct, functionTimeout: Duration): SqsResources {
    const { props } = this;
    const key = props.keyArn === undefined ? undefined : kms.Key.fromKeyArn(scope, 'QueueKey', props.keyArn);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const deadLetterQueue = encryptedQueue(scope, 'DeadLetterQueue', {
      fifo: this.fifo,
      key,
      removalPolicy,
      retentionPeriod: Duration.days(14),
    });
    const queue = encryptedQueue(scope, 'Queue', {
      fifo: this.fifo,
      key,
      removalPolicy,
      retentionPeriod: props.retentionPeriod,
      visibilityTimeout: visibilityTimeoutFor(props, functionTimeout),
      deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: props.maxReceiveCount ?? 5 },
    });
    return { queue, deadLetterQueue };
  }
}

/** FIFO-ness from the prop, or from the imported ARN; a prop that contradicts the ARN is an error. */
function fifoOf(props: SqsQueueSourceProps): boolean {
  const arn = props.queueArn;
  const arnSaysFifo = arn !== undefined && !Token.isUnresolved(arn) ? arn.endsWith('.fifo') : undefined;
  if (props.fifo !== undefined && arnSaysFifo !== undefined && props.fifo !== arnSaysFifo) {
    throw new ConflictingPropsError(
      ['queueArn', 'fifo'],
      `fifo is ${props.fifo} but the queue ${arn} is ${arnSaysFifo ? '' : 'not '}a FIFO queue`,
      'Remove fifo: it is read from the ARN.',
    );
  }
  return props.fifo ?? arnSaysFifo ?? false;
}

/** Batch size and window as Lambda accepts them for this kind of queue. */
function validateBatching(props: SqsQueueSourceProps, fifo: boolean): void {
  const windowSeconds = props.maxBatchingWindow?.toSeconds({ integral: false }) ?? 0;
  if (fifo && windowSeconds > 0) {
    throw new UnsupportedOptionError(
      'maxBatchingWindow',
      `it is ${windowSeconds} s, and FIFO queues take no batching window`,
      'Remove maxBatchingWindow, or use a standard queue.',
    );
  }
  requireInRange('maxBatchingWindow', windowSeconds, sqsLimits.maxBatchingWindow);
  if (props.batchSize === undefined) return;
  const [range, context] = fifo
    ? [sqsLimits.batchSize, 'for a FIFO queue']
    : windowSeconds > 0
      ? [sqsLimits.batchSizeWithWindow, 'for a standard queue with a batching window']
      : [
          sqsLimits.batchSize,
          `for a standard queue without a batching window (set maxBatchingWindow for up to ${sqsLimits.batchSizeWithWindow.max})`,
        ];
  requireInRange('batchSize', props.batchSize, range, context);
}

/** The recommended visibility timeout (6 x function timeout + window), or the prop when it is at least that. */
function visibilityTimeoutFor(props: SqsQueueSourceProps, functionTimeout: Duration): Duration {
  const timeoutSeconds = functionTimeout.toSeconds();
  const windowSeconds = props.maxBatchingWindow?.toSeconds() ?? 0;
  const requiredSeconds = 6 * timeoutSeconds + windowSeconds;
  if (props.visibilityTimeout === undefined) return Duration.seconds(requiredSeconds);
  const givenSeconds = props.visibilityTimeout.toSeconds();
  if (givenSeconds < requiredSeconds) {
    throw new VisibilityTimeoutTooShortError(givenSeconds, requiredSeconds, timeoutSeconds, windowSeconds);
  }
  return props.visibilityTimeout;
}
