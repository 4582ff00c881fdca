/**
 * The numbers AWS Lambda (and the blueprints' safety rules) accept for a function and its event source mapping.
 * Pure data with no aws-cdk-lib import, so the generator can validate flags against the same limits the constructs
 * enforce without loading the CDK: `import { sqsLimits } from '@lambda-blueprints/cdk/limits'`.
 */

/** An inclusive range of whole numbers, with the unit the error messages name. */
export interface NumericRange {
  readonly min: number;
  readonly max: number;
  readonly unit: string;
}

/** True when `value` is a whole number inside `range`. */
export function isInRange(value: number, range: NumericRange): boolean {
  return Number.isInteger(value) && value >= range.min && value <= range.max;
}

/** Limits of the function itself. */
export const functionLimits = {
  timeout: { min: 1, max: 900, unit: 'seconds' },
  memorySize: { min: 128, max: 10_240, unit: 'MB' },
} as const satisfies Record<string, NumericRange>;

/** Limits of an SQS event source mapping and of the queue the blueprint creates. */
export const sqsLimits = {
  /** Without a batching window (and always on FIFO queues). */
  batchSize: { min: 1, max: 10, unit: 'messages' },
  /** On a standard queue with a batching window. */
  batchSizeWithWindow: { min: 1, max: 10_000, unit: 'messages' },
  /** Standard queues only: FIFO queues take no batching window. */
  maxBatchingWindow: { min: 0, max: 300, unit: 'seconds' },
  maxConcurrency: { min: 2, max: 1000, unit: 'invocations' },
  maxReceiveCount: { min: 1, max: 1000, unit: 'receives' },
} as const satisfies Record<string, NumericRange>;

/** Limits of a Kinesis or DynamoDB Streams event source mapping. */
export const streamLimits = {
  batchSize: { min: 1, max: 10_000, unit: 'records' },
  maxBatchingWindow: { min: 0, max: 300, unit: 'seconds' },
  retryAttempts: { min: 0, max: 10_000, unit: 'attempts' },
  maxRecordAge: { min: 60, max: 604_800, unit: 'seconds' },
  parallelizationFactor: { min: 1, max: 10, unit: 'batches per shard' },
  tumblingWindow: { min: 0, max: 900, unit: 'seconds' },
  iteratorAgeAlarmThreshold: { min: 1, max: 604_800, unit: 'seconds' },
} as const satisfies Record<string, NumericRange>;
