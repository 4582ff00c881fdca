import type { FunctionConfig } from '../invoke/function-config.js';

/** The event sources the simulator models. A FIFO queue is `sqs` with `queue.fifo`. */
export type SimulatedSource = 'sqs' | 'kinesis' | 'dynamodb-streams';

/** The queue an SQS mapping polls, as its template declares it (AWS's defaults where it is silent). */
export interface QueueSettings {
  /** Absent when the queue is imported (only its ARN is in the template). */
  logicalId?: string;
  arn: string;
  fifo: boolean;
  /** VisibilityTimeout. @default 30 */
  visibilityTimeoutSeconds: number;
  /** MessageRetentionPeriod: an unprocessed message is deleted by SQS after it. @default 345600 (4 days) */
  messageRetentionSeconds: number;
  /** RedrivePolicy maxReceiveCount; absent without a DLQ. */
  maxReceiveCount?: number;
  /** RedrivePolicy deadLetterTargetArn. */
  deadLetterQueueArn?: string;
}

/** A key attribute of a DynamoDB table: its KeySchema entry with the type its AttributeDefinitions give it. */
export interface TableKeyAttribute {
  name: string;
  /** AttributeType: string, number or binary. */
  type: 'S' | 'N' | 'B';
}

/** The stream a Kinesis or DynamoDB Streams mapping reads. */
export interface StreamSettings {
  /** Absent when the stream is imported. */
  logicalId?: string;
  arn: string;
  /** Kinesis ShardCount (4 for an on-demand stream, which starts with 4). DynamoDB decides its own: 1 here. */
  shardCount: number;
  /** Records older than this are trimmed from the stream. Kinesis RetentionPeriodHours @default 24; DynamoDB 24. */
  retentionHours: number;
  /**
   * DynamoDB: the table's key attributes from its KeySchema, partition key first. Absent for an imported stream (the
   * template has only its ARN): the items' own pk (and sk) are their key then.
   */
  keyAttributes?: TableKeyAttribute[];
}

interface CommonMappingSettings {
  mappingLogicalId: string;
  /** The mapped function: its Timeout bounds every invocation. */
  function: FunctionConfig;
  /** BatchSize. @default 10 for SQS, 100 for streams */
  batchSize: number;
  /** MaximumBatchingWindowInSeconds. @default 0 */
  maximumBatchingWindowSeconds: number;
  /** FunctionResponseTypes includes ReportBatchItemFailures. @default false */
  reportBatchItemFailures: boolean;
  /** FilterCriteria.Filters[].Pattern, as the template holds them (JSON text). @default [] */
  filterPatterns: string[];
}

/** An SQS (standard or FIFO) event source mapping. */
export interface SqsMappingSettings extends CommonMappingSettings {
  source: 'sqs';
  queue: QueueSettings;
}

/** A Kinesis or DynamoDB Streams event source mapping. */
export interface StreamMappingSettings extends CommonMappingSettings {
  source: 'kinesis' | 'dynamodb-streams';
  stream: StreamSettings;
  /** BisectBatchOnFunctionError. @default false */
  bisectBatchOnFunctionError: boolean;
  /** MaximumRetryAttempts; -1 retries until the record expires. @default -1 */
  maximumRetryAttempts: number;
  /** MaximumRecordAgeInSeconds; -1 keeps records until the stream trims them. @default -1 */
  maximumRecordAgeSeconds: number;
  /** DestinationConfig.OnFailure.Destination; without it discarded batches are lost. */
  onFailureDestinationArn?: string;
  /** ParallelizationFactor: concurrent batches per shard, ordered per partition key. @default 1 */
  parallelizationFactor: number;
  /** StartingPosition (required by AWS for streams). */
  startingPosition?: string;
  /** TumblingWindowInSeconds (not simulated). */
  tumblingWindowSeconds?: number;
}

/** Everything the simulator needs of one mapping, read by readMappingSettings from a synthesized template. */
export type MappingSettings = SqsMappingSettings | StreamMappingSettings;

/** AWS's values for properties a template leaves out. */
export const MAPPING_DEFAULTS = {
  sqsBatchSize: 10,
  streamBatchSize: 100,
  visibilityTimeoutSeconds: 30,
  messageRetentionSeconds: 345_600,
  retentionHours: 24,
  maximumRetryAttempts: -1,
  maximumRecordAgeSeconds: -1,
  parallelizationFactor: 1,
  onDemandShardCount: 4,
} as const;
