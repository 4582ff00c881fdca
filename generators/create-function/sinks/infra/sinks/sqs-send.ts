import type { Sink } from '@lambda-blueprints/cdk';
import { Arn, ArnFormat, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { sinkNames } from '../../src/sinks/sink-names.js';

const { id, variable } = sinkNames['sqs-send'];

/**
 * A new encrypted (SSE-SQS), TLS-only standard queue the function sends to, with a dead-letter queue for whoever
 * consumes it: the role gets sqs:SendMessage on it, the function its URL in SINK_QUEUE_URL.
 */
export function newQueueSink(scope: Construct): Sink {
  const common = { encryption: sqs.QueueEncryption.SQS_MANAGED, enforceSSL: true, removalPolicy: RemovalPolicy.RETAIN };
  const deadLetterQueue = new sqs.Queue(scope, 'SinkDeadLetterQueue', {
    ...common,
    retentionPeriod: Duration.days(14),
  });
  const queue = new sqs.Queue(scope, 'SinkQueue', {
    ...common,
    deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: 5 },
  });
  return { id, kind: 'sqs-send', arn: queue.queueArn, environment: { [variable]: queue.queueUrl } };
}

/** An existing queue, by ARN: the role gets sqs:SendMessage on it, the function its URL in SINK_QUEUE_URL. */
export function existingQueueSink(queueArn: string): Sink {
  const { partition, region, account, resource } = Arn.split(queueArn, ArnFormat.NO_RESOURCE_NAME);
  const domain = partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
  const queueUrl = `https://sqs.${region}.${domain}/${account}/${resource}`;
  return { id, kind: 'sqs-send', arn: queueArn, environment: { [variable]: queueUrl } };
}
