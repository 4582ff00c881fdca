import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * An alarm that fires as soon as a failure queue (a DLQ, a stream's on-failure queue) holds a message: every message
 * there is a record the function gave up on. The metric carries the QueueName dimension, or it would get no data.
 */
export function queueMessagesAlarm(scope: Construct, id: string, queue: sqs.IQueue, what: string): cloudwatch.Alarm {
  return queue
    .metricApproximateNumberOfMessagesVisible({ statistic: cloudwatch.Stats.MAXIMUM, period: Duration.minutes(5) })
    .createAlarm(scope, id, {
      alarmDescription: `${what} holds messages: records the function could not process. Inspect and redrive them.`,
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
}
