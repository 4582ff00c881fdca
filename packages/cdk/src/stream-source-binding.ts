import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { definedArns, type EventSourceBinding } from './event-source.js';
import { iteratorAgeAlarm } from './iterator-age-alarm.js';
import { type BoundOnFailureDestination, OnFailureDestination } from './on-failure-destination.js';
import { queueMessagesAlarm } from './queue-messages-alarm.js';
import type { StreamSourceOptions } from './stream-source-options.js';

/** The stream a Kinesis or DynamoDB Streams source reads, once created or imported. */
export interface BoundStream {
  readonly kind: 'kinesis' | 'dynamodb-streams';
  /** The stream (or table stream) ARN: the role's `source`. */
  readonly streamArn: string;
  /** What the mapping reads: the enhanced fan-out consumer when there is one, else the stream. */
  readonly mappingSourceArn: string;
  readonly keyArn?: string;
  readonly consumerArn?: string;
  readonly startingPositionTimestamp?: number;
}

/** Creates or imports the on-failure destination of the options (a new encrypted queue by default). */
export function bindOnFailureDestination(scope: Construct, options: StreamSourceOptions): BoundOnFailureDestination {
  return (options.onFailure ?? OnFailureDestination.newQueue()).bind(
    scope,
    options.removalPolicy ?? RemovalPolicy.RETAIN,
  );
}

/**
 * The binding whose `attach` maps the stream to the function with the safe configuration (ReportBatchItemFailures,
 * bisect, bounded retries and age, the on-failure destination) and adds the alarms.
 */
export function bindStreamSource(
  scope: Construct,
  options: StreamSourceOptions,
  stream: BoundStream,
  destination: BoundOnFailureDestination,
): EventSourceBinding {
  return {
    kind: stream.kind,
    roleOptions: {
      sourceKey: stream.keyArn !== undefined,
      consumer: stream.consumerArn !== undefined,
      onFailure: destination.kind,
      onFailureKey: destination.keyArn !== undefined,
    },
    resourceArns: definedArns({
      source: stream.streamArn,
      'source-key': stream.keyArn,
      consumer: stream.consumerArn,
      'on-failure': destination.arn,
      'on-failure-key': destination.keyArn,
    }),
    attach: (fn) => {
      const mapping = new lambda.EventSourceMapping(scope, 'Mapping', {
        target: fn,
        eventSourceArn: stream.mappingSourceArn,
        reportBatchItemFailures: true,
        bisectBatchOnError: options.bisectBatchOnError ?? true,
        retryAttempts: options.retryAttempts ?? 10,
        maxRecordAge: options.maxRecordAge ?? Duration.days(1),
        batchSize: options.batchSize ?? 100,
        maxBatchingWindow: options.maxBatchingWindow,
        parallelizationFactor: options.parallelizationFactor ?? 1,
        tumblingWindow: options.tumblingWindow,
        startingPosition: options.startingPosition ?? lambda.StartingPosition.TRIM_HORIZON,
        startingPositionTimestamp: stream.startingPositionTimestamp,
        // A destination that grants nothing: the role already holds the catalog's send permission on it.
        onFailure: { bind: () => ({ destination: destination.arn }) },
      });
      const alarms: cloudwatch.Alarm[] = [
        iteratorAgeAlarm(scope, 'IteratorAgeAlarm', fn, options.iteratorAgeAlarmThreshold ?? Duration.hours(1)),
      ];
      if (destination.queue !== undefined) {
        alarms.push(queueMessagesAlarm(scope, 'OnFailureAlarm', destination.queue, 'The on-failure queue'));
      }
      return { mapping, alarms };
    },
  };
}
