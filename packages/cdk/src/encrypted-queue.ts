import type { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/** The queue properties the blueprints choose; encryption and TLS are not among them, they are always on. */
export interface EncryptedQueueProps {
  readonly fifo: boolean;
  /** A customer managed key; without one the queue uses SQS managed encryption (SSE-SQS). */
  readonly key: kms.IKey | undefined;
  readonly removalPolicy: RemovalPolicy;
  readonly retentionPeriod?: Duration;
  readonly visibilityTimeout?: Duration;
  readonly deadLetterQueue?: sqs.DeadLetterQueue;
}

/**
 * An SQS queue encrypted at rest (SSE-SQS, or SSE-KMS with the given key) whose policy refuses every request not
 * sent over TLS: the source queues, their DLQs and the stream on-failure queues all are this kind of queue.
 */
export function encryptedQueue(scope: Construct, id: string, props: EncryptedQueueProps): sqs.Queue {
  return new sqs.Queue(scope, id, {
    fifo: props.fifo ? true : undefined,
    encryption: props.key === undefined ? sqs.QueueEncryption.SQS_MANAGED : sqs.QueueEncryption.KMS,
    encryptionMasterKey: props.key,
    enforceSSL: true,
    removalPolicy: props.removalPolicy,
    retentionPeriod: props.retentionPeriod,
    visibilityTimeout: props.visibilityTimeout,
    deadLetterQueue: props.deadLetterQueue,
  });
}
