import { Duration } from 'aws-cdk-lib';
import { batchingWindowOf } from './batching-window.js';
import type { StreamSourceOptions } from './stream-source-options.js';

/** How Lambda batches and retries the records of a Kinesis or DynamoDB stream, as infra/config.ts sets it. */
export interface StreamMappingConfig {
  /** Records per invocation (1-10,000). */
  batchSize: number;
  /** How long Lambda gathers records before invoking (0-300 seconds; 0 = no window). */
  maxBatchingWindowSeconds: number;
  /** Retries of a failing batch before its description goes to the on-failure queue (0-10,000). */
  retryAttempts: number;
  /** Records older than this go to the on-failure queue unprocessed (60-604,800 seconds). */
  maxRecordAgeSeconds: number;
}

/** The stream source options a mapping config gives (seconds as durations, 0 seconds as no batching window). */
export function streamSourceOptionsOf(
  config: StreamMappingConfig,
): Pick<StreamSourceOptions, 'batchSize' | 'maxBatchingWindow' | 'retryAttempts' | 'maxRecordAge'> {
  return {
    batchSize: config.batchSize,
    maxBatchingWindow: batchingWindowOf(config.maxBatchingWindowSeconds),
    retryAttempts: config.retryAttempts,
    maxRecordAge: Duration.seconds(config.maxRecordAgeSeconds),
  };
}
