import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';

/**
 * An alarm on the function's IteratorAge (AWS/Lambda, FunctionName dimension, Maximum): the age of the newest record
 * of a batch when it was read. A value over the threshold means a shard is stuck behind a failing record or the
 * function cannot keep up, and records are heading for their maximum age.
 */
export function iteratorAgeAlarm(
  scope: Construct,
  id: string,
  fn: lambda.IFunction,
  threshold: Duration,
): cloudwatch.Alarm {
  return fn
    .metric('IteratorAge', { statistic: cloudwatch.Stats.MAXIMUM, period: Duration.minutes(5) })
    .createAlarm(scope, id, {
      alarmDescription:
        `The function reads stream records older than ${threshold.toHumanString()}: ` +
        'a shard is blocked by a failing record or the function falls behind.',
      threshold: threshold.toMilliseconds(),
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
}
