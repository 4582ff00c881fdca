import {
  type _Record,
  DescribeStreamSummaryCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type KinesisClient,
  ListShardsCommand,
} from '@aws-sdk/client-kinesis';
import type { KinesisStreamEvent } from 'aws-lambda';
import { type StreamBatchOutcome, streamBatchOutcome } from './batch-response.js';
import { InvalidMappingOptionsError, StuckShardError, UnexpectedEmulatorResponseError } from './errors.js';
import { type KinesisRecordSnapshot, kinesisRecord } from './events/kinesis-record.js';
import { type HandlerInvocation, invokeHandler, type LambdaHandler } from './handler-invocation.js';
import { DEFAULT_FUNCTION_NAME, functionArnOf, type LambdaContextOptions } from './lambda-context.js';
import { type KinesisOnFailureRecord, kinesisOnFailureRecord } from './stream-on-failure-record.js';

export interface KinesisReaderOptions {
  client: KinesisClient;
  /** kinesalite addresses streams by name only. */
  streamName: string;
  handler: LambdaHandler<KinesisStreamEvent>;
  /** Whether the mapping has FunctionResponseTypes ["ReportBatchItemFailures"] (aws-cdk-lib's default is off). */
  reportBatchItemFailures: boolean;
  /** GetRecords Limit, 1-10000. @default 100 (Lambda's default) */
  batchSize?: number;
  /** Retries of a failing batch before Lambda discards it; -1 retries until the record expires. @default -1 */
  maximumRetryAttempts?: number;
  /** The OnFailure destination: gets the record AWS would send for each discarded batch. */
  onFailure?: (record: KinesisOnFailureRecord) => void | Promise<void>;
  /** The Lambda context of each invocation (function name, timeout, memory). */
  context?: LambdaContextOptions;
  /** Invocations without progress after which a shard counts as stuck (StuckShardError). @default 1000 */
  maxInvocationsWithoutProgress?: number;
}

/** One invocation of the handler with a batch of one shard. */
export interface ShardBatch {
  event: KinesisStreamEvent;
  invocation: HandlerInvocation;
  outcome: StreamBatchOutcome;
  /** 1 for the first invocation at this position, then 2, 3... for its retries. */
  attempt: number;
  /** The on-failure record when this invocation exhausted the retry attempts and the batch was discarded. */
  discarded?: KinesisOnFailureRecord;
}

/** Everything a reader did to one shard. */
export interface ShardReadResult {
  shardId: string;
  batches: ShardBatch[];
  /** Sequence numbers checkpointed (processed for good), in shard order. */
  processed: string[];
  /** The on-failure records of the batches discarded after the retry bound. */
  discarded: KinesisOnFailureRecord[];
  /** The last checkpointed sequence number. */
  checkpoint?: string;
}

/** Where the next GetRecords starts. */
type ReadPosition =
  | { type: 'TRIM_HORIZON' }
  | { type: 'AT_SEQUENCE_NUMBER' | 'AFTER_SEQUENCE_NUMBER'; sequenceNumber: string };

const DEFAULT_BATCH_SIZE = 100;

function snapshotOf(
  record: _Record,
  shardId: string,
  streamArn: string,
  invokeIdentityArn?: string,
): KinesisRecordSnapshot {
  const { SequenceNumber, Data, PartitionKey, ApproximateArrivalTimestamp } = record;
  if (SequenceNumber === undefined || Data === undefined || PartitionKey === undefined) {
    throw new UnexpectedEmulatorResponseError(
      `GetRecords on ${shardId}`,
      'a record SequenceNumber, Data or PartitionKey',
      'Check the endpoint is a Kinesis emulator.',
    );
  }
  return {
    sequenceNumber: SequenceNumber,
    data: Data,
    partitionKey: PartitionKey,
    approximateArrivalTimestamp: ApproximateArrivalTimestamp ?? new Date(),
    shardId,
    streamArn,
    ...(invokeIdentityArn && { invokeIdentityArn }),
  };
}

/**
 * Reads one shard the way a Kinesis event source mapping does: TRIM_HORIZON first, GetRecords with the batch size,
 * invoke, checkpoint before the lowest failed sequence number and re-read AT_SEQUENCE_NUMBER from it; a batch that
 * keeps failing is discarded after `maximumRetryAttempts` retries and described to `onFailure`. State (checkpoint,
 * iterator, retries) lives in the reader, so calling readAvailable again reads what was put since.
 */
export class KinesisShardReader {
  private position: ReadPosition = { type: 'TRIM_HORIZON' };
  private iterator?: string;
  private failingAt?: string;
  private failures = 0;
  private readonly result: ShardReadResult;
  private readonly batchSize: number;
  private readonly maximumRetryAttempts: number;

  constructor(
    private readonly options: KinesisReaderOptions,
    readonly shardId: string,
    private readonly streamArn: string,
  ) {
    const { batchSize = DEFAULT_BATCH_SIZE, maximumRetryAttempts = -1 } = options;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
      throw new InvalidMappingOptionsError('batchSize', batchSize, 'integers 1-10000 for Kinesis');
    }
    if (!Number.isInteger(maximumRetryAttempts) || maximumRetryAttempts < -1 || maximumRetryAttempts > 10_000) {
      throw new InvalidMappingOptionsError('maximumRetryAttempts', maximumRetryAttempts, '-1 (unbounded) or 0-10000');
    }
    this.batchSize = batchSize;
    this.maximumRetryAttempts = maximumRetryAttempts;
    this.result = { shardId, batches: [], processed: [], discarded: [] };
  }

  /** Reads and invokes until the shard has no more records; returns everything done so far. */
  async readAvailable(): Promise<ShardReadResult> {
    const limit = this.options.maxInvocationsWithoutProgress ?? 1000;
    while (await this.readBatch()) {
      if (this.failures >= limit && this.failingAt !== undefined) {
        throw new StuckShardError(this.shardId, this.failingAt, this.failures);
      }
    }
    return this.result;
  }

  /** One GetRecords and, when it returned records, one invocation. Returns undefined when the shard is caught up. */
  async readBatch(): Promise<ShardBatch | undefined> {
    const { client, handler, reportBatchItemFailures, context } = this.options;
    const iterator = this.iterator ?? (await this.shardIterator());
    const {
      Records = [],
      NextShardIterator,
      MillisBehindLatest = 0,
    } = await client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: this.batchSize }));
    const [firstRecord] = Records;
    if (firstRecord === undefined) {
      this.iterator = NextShardIterator;
      // Real Kinesis may return an empty page while behind the tip; only an empty page at the tip is "caught up".
      return MillisBehindLatest > 0 && NextShardIterator ? this.readBatch() : undefined;
    }
    const firstSnapshot = snapshotOf(firstRecord, this.shardId, this.streamArn);
    const snapshots = [
      firstSnapshot,
      ...Records.slice(1).map((record) => snapshotOf(record, this.shardId, this.streamArn)),
    ];
    // A batch that starts where the last one failed is a retry of it.
    const attempt = firstRecord.SequenceNumber === this.failingAt ? this.failures + 1 : 1;
    const event: KinesisStreamEvent = { Records: snapshots.map(kinesisRecord) };
    const invocation = await invokeHandler(handler, event, context);
    const outcome = streamBatchOutcome({
      identifiers: snapshots.map((snapshot) => snapshot.sequenceNumber),
      invocation,
      reportBatchItemFailures,
    });
    this.checkpoint(outcome.succeeded);
    const batch: ShardBatch = { event, invocation, outcome, attempt };
    this.result.batches.push(batch);
    if (outcome.retryFrom === undefined) {
      this.resetFailures();
      this.iterator = NextShardIterator;
      return batch;
    }
    this.failures = outcome.retryFrom === this.failingAt ? this.failures + 1 : 1;
    this.failingAt = outcome.retryFrom;
    const retriesLeft = this.maximumRetryAttempts === -1 || this.failures <= this.maximumRetryAttempts;
    if (retriesLeft) {
      this.position = { type: 'AT_SEQUENCE_NUMBER', sequenceNumber: outcome.retryFrom };
      this.iterator = undefined;
      return batch;
    }
    const failed = snapshots.filter((snapshot) => outcome.failed.includes(snapshot.sequenceNumber));
    await this.discard(batch, failed, firstSnapshot);
    this.iterator = NextShardIterator;
    return batch;
  }

  /** Lambda gives up on the failed records: it describes them to the destination and checkpoints past them. */
  private async discard(
    batch: ShardBatch,
    failed: readonly KinesisRecordSnapshot[],
    batchStart: KinesisRecordSnapshot,
  ): Promise<void> {
    const firstRecord = failed[0] ?? batchStart;
    const record = kinesisOnFailureRecord({
      shardId: this.shardId,
      streamArn: this.streamArn,
      functionArn: functionArnOf(this.options.context?.functionName ?? DEFAULT_FUNCTION_NAME),
      firstRecord,
      lastRecord: failed.at(-1) ?? firstRecord,
      batchSize: failed.length,
      invocation: batch.invocation,
      invokeCount: this.failures,
    });
    batch.discarded = record;
    this.result.discarded.push(record);
    this.resetFailures();
    this.checkpoint(
      failed.map((snapshot) => snapshot.sequenceNumber),
      false,
    );
    await this.options.onFailure?.(record);
  }

  private checkpoint(sequenceNumbers: readonly string[], processed = true): void {
    const last = sequenceNumbers.at(-1);
    if (last === undefined) return;
    if (processed) this.result.processed.push(...sequenceNumbers);
    this.result.checkpoint = last;
    this.position = { type: 'AFTER_SEQUENCE_NUMBER', sequenceNumber: last };
  }

  private resetFailures(): void {
    this.failures = 0;
    this.failingAt = undefined;
  }

  private async shardIterator(): Promise<string> {
    const { ShardIterator } = await this.options.client.send(
      new GetShardIteratorCommand({
        StreamName: this.options.streamName,
        ShardId: this.shardId,
        ShardIteratorType: this.position.type,
        ...(this.position.type !== 'TRIM_HORIZON' && { StartingSequenceNumber: this.position.sequenceNumber }),
      }),
    );
    if (ShardIterator === undefined) {
      throw new UnexpectedEmulatorResponseError(
        `GetShardIterator of ${this.shardId}`,
        'a ShardIterator',
        'Check the shard belongs to the stream.',
      );
    }
    return ShardIterator;
  }
}

/** Everything a read of a whole stream did, one result per shard. */
export interface KinesisStreamReadResult {
  streamArn: string;
  shards: ShardReadResult[];
}

/** Lists the stream's shards and reads each one (concurrently, as Lambda does) until all are caught up. */
export async function readKinesisStream(options: KinesisReaderOptions): Promise<KinesisStreamReadResult> {
  const { client, streamName } = options;
  const { StreamDescriptionSummary } = await client.send(new DescribeStreamSummaryCommand({ StreamName: streamName }));
  const streamArn = StreamDescriptionSummary?.StreamARN;
  if (streamArn === undefined) {
    throw new UnexpectedEmulatorResponseError(
      `DescribeStreamSummary of ${streamName}`,
      'a StreamARN',
      'Check the stream name and endpoint.',
    );
  }
  const { Shards = [] } = await client.send(new ListShardsCommand({ StreamName: streamName }));
  const readers = Shards.flatMap(({ ShardId }) =>
    ShardId ? [new KinesisShardReader(options, ShardId, streamArn)] : [],
  );
  return { streamArn, shards: await Promise.all(readers.map((reader) => reader.readAvailable())) };
}
