import { CfnOutput } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { SqsQueueSource } from './sqs-queue-source.js';

/** The stack outputs of a bound queue source: the URL to send messages to, and the DLQ's URL when it created one. */
export function addQueueSourceOutputs(scope: Construct, source: SqsQueueSource): void {
  new CfnOutput(scope, 'QueueUrl', { value: source.queue.queueUrl, description: 'Send messages here.' });
  if (source.deadLetterQueue) {
    new CfnOutput(scope, 'DeadLetterQueueUrl', {
      value: source.deadLetterQueue.queueUrl,
      description: 'Messages that failed maxReceiveCount times; inspect and redrive them.',
    });
  }
}
