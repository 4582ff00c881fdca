import { CreateStreamCommand, type KinesisClient, PutRecordsCommand } from '@aws-sdk/client-kinesis';
import type { KinesisStreamEvent, KinesisStreamRecord } from 'aws-lambda';

let streamNumber = 0;

/** A fresh stream with `shardCount` shards (kinesalite makes it ACTIVE at once). */
export async function createStream(client: KinesisClient, shardCount: number): Promise<string> {
  streamNumber += 1;
  const streamName = `stream-${streamNumber}`;
  await client.send(new CreateStreamCommand({ StreamName: streamName, ShardCount: shardCount }));
  return streamName;
}

export interface PutRecord {
  id: number;
  shardId: string;
  sequenceNumber: string;
}

/** Puts records `{ id }` for ids 0..count-1 with PutRecords, each under its own partition key, spread over shards. */
export async function putRecords(client: KinesisClient, streamName: string, count: number): Promise<PutRecord[]> {
  const { Records = [] } = await client.send(
    new PutRecordsCommand({
      StreamName: streamName,
      Records: Array.from({ length: count }, (_, id) => ({
        PartitionKey: `device-${id}`,
        Data: Buffer.from(JSON.stringify({ id })),
      })),
    }),
  );
  return Records.map((record, id) => ({
    id,
    shardId: record.ShardId ?? '',
    sequenceNumber: record.SequenceNumber ?? '',
  }));
}

export const payloadId = (record: KinesisStreamRecord): number =>
  (JSON.parse(Buffer.from(record.kinesis.data, 'base64').toString('utf8')) as { id: number }).id;

export const shardOf = (record: KinesisStreamRecord): string => record.eventID.split(':')[0] ?? '';

/**
 * A stream handler written as a stream handler should be: it processes records in order and stops at the first
 * failure, reporting that record's sequence number. `fails` decides, per attempt, whether a record fails.
 */
export function inOrderHandler(fails: (id: number, attempt: number) => boolean) {
  const attempts = new Map<number, number>();
  const processed = new Map<string, number[]>();
  const handler = async (event: KinesisStreamEvent) => {
    for (const record of event.Records) {
      const id = payloadId(record);
      const attempt = (attempts.get(id) ?? 0) + 1;
      attempts.set(id, attempt);
      if (fails(id, attempt)) return { batchItemFailures: [{ itemIdentifier: record.kinesis.sequenceNumber }] };
      processed.set(shardOf(record), [...(processed.get(shardOf(record)) ?? []), id]);
    }
    return { batchItemFailures: [] };
  };
  return { handler, processed, attempts };
}
