import type { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { MissingOnFailureDestinationError, UnsupportedOptionError } from './errors.js';
import { streamLimits } from './mapping-limits.js';
import type { OnFailureDestination } from './on-failure-destination.js';
import { requireInRange } from './range-validation.js';

/**
 * The mapping options Kinesis and DynamoDB Streams sources share. The defaults are the safe configuration: partial
 * batch responses, bisect on error, bounded retries and record age, and an on-failure destination.
 */
export interface StreamSourceOptions {
  /**
   * Records per batch (1-10,000).
   * @default 100
   */
  readonly batchSize?: number;
  /**
   * How long Lambda gathers records before invoking (0-300 seconds).
   * @default - no batching window
   */
  readonly maxBatchingWindow?: Duration;
  /**
   * Retries of a failing batch before it goes to the on-failure destination (0-10,000; unbounded is not offered).
   * @default 10
   */
  readonly retryAttempts?: number;
  /**
   * Records older than this go to the on-failure destination instead of the function (60-604,800 seconds).
   * @default Duration.days(1)
   */
  readonly maxRecordAge?: Duration;
  /**
   * Split a failing batch in two and retry each half, to isolate the failing record.
   * @default true
   */
  readonly bisectBatchOnError?: boolean;
  /**
   * Concurrent batches per shard (1-10); order is then kept per partition key only.
   * @default 1
   */
  readonly parallelizationFactor?: number;
  /**
   * Tumbling window for stateful aggregation (0-900 seconds).
   * @default - no tumbling window
   */
  readonly tumblingWindow?: Duration;
  /**
   * Where reading starts. LATEST can skip records written around a mapping update.
   * @default StartingPosition.TRIM_HORIZON
   */
  readonly startingPosition?: StartingPosition;
  /**
   * Where the description of a batch that exhausted its retries goes. There is no way to have none: the records
   * would be lost silently.
   * @default OnFailureDestination.newQueue(): an encrypted SQS queue with an alarm
   */
  readonly onFailure?: OnFailureDestination;
  /**
   * The function's IteratorAge alarm fires above this age (1 second to 7 days).
   * @default Duration.hours(1)
   */
  readonly iteratorAgeAlarmThreshold?: Duration;
  /**
   * What happens to the resources the source creates (stream or table, on-failure queue) when the stack is deleted.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

const seconds = (duration: Duration | undefined): number | undefined => duration?.toSeconds({ integral: false });

/**
 * Checks the shared stream options; throws naming the prop and the allowed range. `sourceName` and
 * `startingPositions` say what this source accepts (DynamoDB Streams has no AT_TIMESTAMP).
 */
export function validateStreamSourceOptions(
  options: StreamSourceOptions,
  sourceName: string,
  startingPositions: readonly StartingPosition[],
): void {
  // Typed callers cannot pass null, but props read from JSON or JavaScript can: refuse rather than lose records.
  if (options.onFailure === null) throw new MissingOnFailureDestinationError(sourceName);
  const values: [keyof typeof streamLimits, number | undefined][] = [
    ['batchSize', options.batchSize],
    ['maxBatchingWindow', seconds(options.maxBatchingWindow)],
    ['retryAttempts', options.retryAttempts],
    ['maxRecordAge', seconds(options.maxRecordAge)],
    ['parallelizationFactor', options.parallelizationFactor],
    ['tumblingWindow', seconds(options.tumblingWindow)],
    ['iteratorAgeAlarmThreshold', seconds(options.iteratorAgeAlarmThreshold)],
  ];
  for (const [prop, value] of values) {
    if (value !== undefined) requireInRange(prop, value, streamLimits[prop], `for a ${sourceName} source`);
  }
  const position = options.startingPosition;
  if (position !== undefined && !startingPositions.includes(position)) {
    throw new UnsupportedOptionError(
      'startingPosition',
      `a ${sourceName} source cannot start at ${position}`,
      `Use one of ${startingPositions.join(', ')}.`,
    );
  }
}
