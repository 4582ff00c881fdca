import type { DynamoDBRecord, KinesisStreamRecord } from 'aws-lambda';
import type { HandlerInvocation } from '../handler-invocation.js';
import { kinesisOnFailureRecord } from '../stream-on-failure-record.js';
import type { StreamMappingSettings } from './mapping-settings.js';
import type { SimulatedRecord } from './simulated-records.js';
import type { StreamOnFailureRecord } from './simulation-result.js';
import { isKinesisRecord } from './source-record.js';

/** When a stream record arrived, as its event record says (Kinesis and DynamoDB both give epoch seconds). */
export function arrivalOf(record: KinesisStreamRecord | DynamoDBRecord): Date {
  const seconds = isKinesisRecord(record)
    ? record.kinesis.approximateArrivalTimestamp
    : record.dynamodb?.ApproximateCreationDateTime;
  return new Date((seconds ?? 0) * 1000);
}

export interface DiscardedBatch {
  settings: StreamMappingSettings;
  functionArn: string;
  records: readonly SimulatedRecord<KinesisStreamRecord | DynamoDBRecord>[];
  condition: 'RetryAttemptsExhausted' | 'RecordAgeExceeded';
  /** The last invocation of the batch; absent when it expired without one. */
  invocation?: HandlerInvocation;
  invokeCount: number;
  timestamp: Date;
}

/**
 * The record Lambda sends to a stream mapping's OnFailure destination for a discarded batch: Kinesis's shape, and
 * for DynamoDB Streams the same fields under DDBStreamBatchInfo.
 */
export function streamOnFailureRecord(batch: DiscardedBatch): StreamOnFailureRecord {
  const [first, ...rest] = batch.records;
  const last = rest.at(-1) ?? first;
  const describe = (simulated: SimulatedRecord<KinesisStreamRecord | DynamoDBRecord> | undefined) => ({
    sequenceNumber: simulated?.identifier ?? '',
    approximateArrivalTimestamp: simulated ? arrivalOf(simulated.record) : batch.timestamp,
  });
  const record = kinesisOnFailureRecord({
    shardId: first?.shardId ?? '',
    streamArn: batch.settings.stream.arn,
    functionArn: batch.functionArn,
    firstRecord: describe(first),
    lastRecord: describe(last),
    batchSize: batch.records.length,
    invokeCount: batch.invokeCount,
    condition: batch.condition,
    timestamp: batch.timestamp,
    ...(batch.invocation && { invocation: batch.invocation }),
  });
  if (batch.settings.source === 'kinesis') return record;
  const { KinesisBatchInfo, ...common } = record;
  return { ...common, DDBStreamBatchInfo: KinesisBatchInfo };
}
