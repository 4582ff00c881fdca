import { Duration, type RemovalPolicy, Token, Validations } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { encryptedQueue } from './encrypted-queue.js';
import { UnsupportedOptionError } from './errors.js';

/** Props of the SQS queue a stream source creates for its failure records. */
export interface OnFailureQueueProps {
  /**
   * ARN of a customer managed KMS key to encrypt the queue with; the role then gets kms:GenerateDataKey and
   * kms:Decrypt on it (kms-encrypt).
   * @default - SQS managed encryption (SSE-SQS)
   */
  readonly keyArn?: string;
  /**
   * How long failure records stay in the queue.
   * @default Duration.days(14), the SQS maximum
   */
  readonly retentionPeriod?: Duration;
}

/** Options of an existing on-failure destination. */
export interface ExistingDestinationOptions {
  /**
   * ARN of the customer managed KMS key that encrypts the destination; the role then gets kms:GenerateDataKey and
   * kms:Decrypt on it (kms-encrypt).
   * @default - the destination is not encrypted with a customer managed key
   */
  readonly keyArn?: string;
}

/** An on-failure destination once created or imported under a function's scope. */
export interface BoundOnFailureDestination {
  /** Which template the role gets on `on-failure`: sqs-send, sns-publish or s3-put. */
  readonly kind: 'sqs' | 'sns' | 's3';
  readonly arn: string;
  readonly keyArn?: string;
  /** The queue, when the destination is one: an alarm watches it. */
  readonly queue?: sqs.IQueue;
}

type Binder = (scope: Construct, removalPolicy: RemovalPolicy) => BoundOnFailureDestination;

/**
 * Where Lambda sends the description of a stream batch it gave up on (retries exhausted or records too old): the
 * shard, the sequence number range and the reason (S3 destinations also get the records). Without one, those records
 * are lost silently, so stream sources always have one.
 */
export class OnFailureDestination {
  /** A new encrypted SQS queue with a TLS-only policy, watched by an alarm. The default. */
  static newQueue(props: OnFailureQueueProps = {}): OnFailureDestination {
    return new OnFailureDestination((scope, removalPolicy) => {
      const key = props.keyArn === undefined ? undefined : kms.Key.fromKeyArn(scope, 'OnFailureKey', props.keyArn);
      const queue = encryptedQueue(scope, 'OnFailureQueue', {
        fifo: false,
        key,
        removalPolicy,
        retentionPeriod: props.retentionPeriod ?? Duration.days(14),
      });
      Validations.of(queue).acknowledge({
        id: 'AwsSolutions-SQS3',
        reason:
          'This queue is the on-failure destination of a stream event source mapping: it is the dead-letter queue ' +
          "of the stream's records, so it needs none of its own. An alarm fires when it holds messages.",
      });
      return { kind: 'sqs', arn: queue.queueArn, keyArn: props.keyArn, queue };
    });
  }

  /** An existing standard SQS queue (Lambda sends stream failure records to standard queues only). */
  static queue(queueArn: string, options: ExistingDestinationOptions = {}): OnFailureDestination {
    if (!Token.isUnresolved(queueArn) && queueArn.endsWith('.fifo')) {
      throw new UnsupportedOptionError(
        'onFailure',
        `${queueArn} is a FIFO queue, and Lambda sends stream failure records only to standard queues`,
        'Pass a standard queue, or leave onFailure unset for a new one.',
      );
    }
    return new OnFailureDestination((scope) => {
      const queue = sqs.Queue.fromQueueArn(scope, 'OnFailureQueue', queueArn);
      return { kind: 'sqs', arn: queueArn, keyArn: options.keyArn, queue };
    });
  }

  /** An existing SNS topic; the role gets exactly sns:Publish on it. */
  static topic(topicArn: string, options: ExistingDestinationOptions = {}): OnFailureDestination {
    return new OnFailureDestination(() => ({ kind: 'sns', arn: topicArn, keyArn: options.keyArn }));
  }

  /** An existing S3 bucket (it also receives the records); the role gets s3:PutObject on its objects and s3:ListBucket. */
  static bucket(bucketArn: string, options: ExistingDestinationOptions = {}): OnFailureDestination {
    return new OnFailureDestination(() => ({ kind: 's3', arn: bucketArn, keyArn: options.keyArn }));
  }

  private constructor(private readonly binder: Binder) {}

  /** Creates or imports the destination under `scope`. Called by the stream sources when they are bound. */
  bind(scope: Construct, removalPolicy: RemovalPolicy): BoundOnFailureDestination {
    return this.binder(scope, removalPolicy);
  }
}
