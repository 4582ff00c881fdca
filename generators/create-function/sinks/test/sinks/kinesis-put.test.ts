import { GetRecordsCommand, GetShardIteratorCommand, KinesisClient, ListShardsCommand } from '@aws-sdk/client-kinesis';
import { sqsEvent } from '@lambda-blueprints/testing';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { describe, expect, it } from 'vitest';
import { putToStream } from '../../src/sinks/kinesis-put.js';
import { sinkNames } from '../../src/sinks/sink-names.js';

// kinesis-put.setup.ts started kinesalite, made the stream and pointed the SDK at it: this client reads what the sink
// put, configured the way the sink's own client is.
const client = new KinesisClient({ requestHandler: new NodeHttpHandler() });

async function readStream(): Promise<{ data: string; partitionKey: string | undefined }[]> {
  const StreamName = process.env[sinkNames['kinesis-put'].variable];
  const { Shards = [] } = await client.send(new ListShardsCommand({ StreamName }));
  const records = [];
  for (const shard of Shards) {
    const { ShardIterator } = await client.send(
      new GetShardIteratorCommand({ StreamName, ShardId: shard.ShardId, ShardIteratorType: 'TRIM_HORIZON' }),
    );
    const { Records = [] } = await client.send(new GetRecordsCommand({ ShardIterator }));
    records.push(...Records);
  }
  return records.map((record) => ({
    data: new TextDecoder().decode(record.Data),
    partitionKey: record.PartitionKey,
  }));
}

describe('putToStream', () => {
  it('puts the payload as JSON, partitioned by the source record id', async () => {
    // Prepare
    const [record] = sqsEvent({ count: 1, seed: 'stream-put' }).Records;
    if (record === undefined) throw new Error('The factory made no record.');
    const payload = { readingId: 'reading-9', temperatureCelsius: 21.5 };

    // Act
    await putToStream(record, payload);

    // Assess
    expect(await readStream()).toEqual([{ data: JSON.stringify(payload), partitionKey: record.messageId }]);
  });
});
