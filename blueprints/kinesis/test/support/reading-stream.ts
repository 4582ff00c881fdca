import {
  CreateStreamCommand,
  DescribeStreamSummaryCommand,
  type KinesisClient,
  ListShardsCommand,
  PutRecordsCommand,
} from '@aws-sdk/client-kinesis';
import { compareSequenceNumbers, type KinesisReaderOptions, KinesisShardReader } from '@lambda-blueprints/testing';
import type { Reading } from '../../src/schema.js';

/** A reading as the stream holds it once put. */
export interface PutReading {
  reading: Reading;
  shardId: string;
  sequenceNumber: string;
}

/** Creates the stream `streamName` with `shardCount` shards (the emulator makes it ACTIVE at once). */
export async function createStream(client: KinesisClient, streamName: string, shardCount: number): Promise<void> {
  await client.send(new CreateStreamCommand({ StreamName: streamName, ShardCount: shardCount }));
}

/** Puts the readings as a producer does (JSON, partition key = device id) and returns where each one landed. */
export async function putReadings(
  client: KinesisClient,
  streamName: string,
  readings: readonly Reading[],
): Promise<PutReading[]> {
  const { Records = [] } = await client.send(
    new PutRecordsCommand({
      StreamName: streamName,
      Records: readings.map((reading) => ({
        PartitionKey: reading.deviceId,
        Data: Buffer.from(JSON.stringify(reading)),
      })),
    }),
  );
  return readings.map((reading, index) => ({
    reading,
    shardId: Records[index]?.ShardId ?? 'not put',
    sequenceNumber: Records[index]?.SequenceNumber ?? 'not put',
  }));
}

/** The put readings of each shard, in the order the shard holds them (by sequence number). */
export function readingsByShard(put: readonly PutReading[]): Map<string, PutReading[]> {
  const byShard = new Map<string, PutReading[]>();
  const inShardOrder = [...put].sort((left, right) =>
    compareSequenceNumbers(left.sequenceNumber, right.sequenceNumber),
  );
  for (const item of inShardOrder) byShard.set(item.shardId, [...(byShard.get(item.shardId) ?? []), item]);
  return byShard;
}

/**
 * A reader of the stream's only shard that keeps its checkpoint between calls of readAvailable, as the mapping does
 * while records keep arriving (readKinesisStream starts each call again at TRIM_HORIZON).
 */
export async function onlyShardReader(options: KinesisReaderOptions): Promise<KinesisShardReader> {
  const { client, streamName } = options;
  const { StreamDescriptionSummary } = await client.send(new DescribeStreamSummaryCommand({ StreamName: streamName }));
  const { Shards = [] } = await client.send(new ListShardsCommand({ StreamName: streamName }));
  const [shard, ...others] = Shards;
  if (StreamDescriptionSummary?.StreamARN === undefined || shard?.ShardId === undefined || others.length > 0) {
    throw new Error(`Stream ${streamName} must exist and have exactly one shard, has ${Shards.length}.`);
  }
  return new KinesisShardReader(options, shard.ShardId, StreamDescriptionSummary.StreamARN);
}
