import {
  CreateStreamCommand,
  DescribeStreamSummaryCommand,
  type KinesisClient,
  ListShardsCommand,
  PutRecordsCommand,
} from '@aws-sdk/client-kinesis';
import type { KinesisStreamRecord } from 'aws-lambda';
import { startKinesisEmulator } from '../emulators/kinesis-emulator.js';
import { UnexpectedEmulatorResponseError } from '../errors.js';
import { KinesisShardReader } from '../kinesis-shard-reader.js';
import type { LocalRunContext } from './local-run-context.js';
import type { StreamMappingSettings } from './mapping-settings.js';
import { type SimulatedRecord, simulatedStreamRecords } from './simulated-records.js';
import type { SimulationResult, StreamOnFailureRecord } from './simulation-result.js';
import type { SimulationRun } from './simulation-run.js';

const STREAM_NAME = 'simulation';
const PUT_RECORDS_LIMIT = 500;

/** Puts the records in order and returns where Kinesis put each one: its sequence number and shard. */
async function putRecords(client: KinesisClient, records: readonly SimulatedRecord<KinesisStreamRecord>[]) {
  const placed: { sequenceNumber: string; shardId: string }[] = [];
  for (let start = 0; start < records.length; start += PUT_RECORDS_LIMIT) {
    const chunk = records.slice(start, start + PUT_RECORDS_LIMIT);
    const { Records = [] } = await client.send(
      new PutRecordsCommand({
        StreamName: STREAM_NAME,
        Records: chunk.map(({ record }) => ({
          Data: Buffer.from(record.kinesis.data, 'base64'),
          PartitionKey: record.kinesis.partitionKey,
        })),
      }),
    );
    for (const { SequenceNumber, ShardId } of Records) {
      if (SequenceNumber === undefined || ShardId === undefined) {
        throw new UnexpectedEmulatorResponseError(
          'PutRecords',
          'a SequenceNumber and ShardId per record',
          'Check the stream is ACTIVE.',
        );
      }
      placed.push({ sequenceNumber: SequenceNumber, shardId: ShardId });
    }
  }
  return placed;
}

/**
 * Reads one shard with the KinesisShardReader until it is caught up, the run's time ends, or the shard is stuck
 * (no progress for stuckAfterAttempts invocations, which only unbounded retries allow: in AWS the rest would expire).
 */
async function readShard(
  run: SimulationRun,
  settings: StreamMappingSettings,
  reader: KinesisShardReader,
  context: LocalRunContext,
  onFailureRecords: StreamOnFailureRecord[],
): Promise<void> {
  let withoutProgress = 0;
  while (!run.exhausted && Date.now() < context.deadline && withoutProgress < run.limits.stuckAfterAttempts) {
    const batch = await reader.readBatch();
    if (batch === undefined) return;
    const identifiers = batch.event.Records.map((record) => record.kinesis.sequenceNumber);
    run.record(run.takeReport(identifiers), batch.outcome);
    if (batch.discarded) {
      if (settings.onFailureDestinationArn === undefined) {
        run.ledger.markGone(batch.outcome.failed, 'discarded-without-destination');
      } else {
        onFailureRecords.push(batch.discarded);
        run.ledger.markDestination(batch.outcome.failed, 'on-failure');
      }
    }
    withoutProgress = batch.outcome.succeeded.length > 0 || batch.discarded ? 0 : withoutProgress + 1;
  }
}

/**
 * The Kinesis mapping against kinesalite: the records are put to a real stream with the template's shard count and
 * each shard is read by the KinesisShardReader with the fault-injecting handler, one shard after another, in real
 * time. The reader emulates checkpoints, retries and the on-failure record; not bisect, record age, batching
 * windows or the parallelization factor (the in-memory simulate does).
 */
export async function runLocalKinesisSimulation(
  settings: StreamMappingSettings,
  context: LocalRunContext,
): Promise<SimulationResult> {
  const emulator = await startKinesisEmulator();
  const startedAt = Date.now();
  try {
    const { client } = emulator;
    await client.send(new CreateStreamCommand({ StreamName: STREAM_NAME, ShardCount: settings.stream.shardCount }));
    // A Kinesis mapping's records are Kinesis records.
    const generated = simulatedStreamRecords(
      settings,
      context.options,
      context.seed,
    ) as SimulatedRecord<KinesisStreamRecord>[];
    const placed = await putRecords(client, generated);
    const run = context.start(
      generated.map((record, index) => ({
        ...record,
        identifier: placed[index]?.sequenceNumber ?? '',
        shardId: placed[index]?.shardId ?? '',
      })),
    );
    const { StreamDescriptionSummary } = await client.send(
      new DescribeStreamSummaryCommand({ StreamName: STREAM_NAME }),
    );
    const streamArn = StreamDescriptionSummary?.StreamARN ?? settings.stream.arn;
    const { Shards = [] } = await client.send(new ListShardsCommand({ StreamName: STREAM_NAME }));
    const onFailureRecords: StreamOnFailureRecord[] = [];
    for (const { ShardId } of Shards) {
      if (ShardId === undefined) continue;
      const reader = new KinesisShardReader(
        {
          client,
          streamName: STREAM_NAME,
          handler: run.handler,
          reportBatchItemFailures: settings.reportBatchItemFailures,
          batchSize: settings.batchSize,
          maximumRetryAttempts: settings.maximumRetryAttempts,
          context: run.contextOptions(),
        },
        ShardId,
        streamArn,
      );
      await readShard(run, settings, reader, context, onFailureRecords);
    }
    return run.result({ deadLetterQueue: [], onFailureRecords, virtualDurationMs: Date.now() - startedAt }, [
      'Against kinesalite the shards are read one after another by the KinesisShardReader: bisect, ' +
        'MaximumRecordAgeInSeconds, batching windows and ParallelizationFactor are not applied.',
    ]);
  } finally {
    await emulator.stop();
  }
}
