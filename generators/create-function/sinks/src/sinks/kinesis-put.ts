import { KinesisClient, PutRecordCommand } from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { sinkNames } from './sink-names.js';
import { sinkVariable } from './sink-variable.js';
import { type SourceRecord, sourceRecordId } from './source-record.js';

// One client per execution environment. Only SubscribeToShard needs the client's default HTTP/2; PutRecord works over
// HTTP/1.1, which local Kinesis emulators also speak.
const client = new KinesisClient({ requestHandler: new NodeHttpHandler() });

/**
 * Puts the record's payload as JSON onto the sink stream, partitioned by the source record id (records of one source
 * record stay in order on one shard).
 */
export async function putToStream(record: SourceRecord, payload: unknown): Promise<void> {
  await client.send(
    new PutRecordCommand({
      StreamName: sinkVariable(sinkNames['kinesis-put'].variable),
      PartitionKey: sourceRecordId(record),
      Data: new TextEncoder().encode(JSON.stringify(payload ?? null)),
    }),
  );
}
