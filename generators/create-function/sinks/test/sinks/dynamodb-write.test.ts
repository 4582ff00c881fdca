import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { kinesisEvent, sqsEvent } from '@lambda-blueprints/testing';
import type { KinesisStreamRecord, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { writeToTable } from '../../src/sinks/dynamodb-write.js';
import { sinkNames } from '../../src/sinks/sink-names.js';

// dynamodb-write.setup.ts started dynalite, made the table and pointed the SDK at it: this client reads what the
// sink wrote, configured the way the sink's own client is.
const client = new DynamoDBClient({});

async function itemWithKey(pk: string): Promise<Record<string, unknown> | undefined> {
  const { Item } = await client.send(
    new GetItemCommand({ TableName: process.env[sinkNames['dynamodb-write'].variable], Key: { pk: { S: pk } } }),
  );
  return Item === undefined ? undefined : unmarshall(Item);
}

const firstRecord = <T>(records: T[]): T => {
  const [record] = records;
  if (record === undefined) throw new Error('The factory made no record.');
  return record;
};

describe('writeToTable', () => {
  it('puts the payload into the sink table under the SQS message id', async () => {
    // Prepare
    const record: SQSRecord = firstRecord(sqsEvent({ count: 1, seed: 'table-sqs' }).Records);
    const payload = { orderId: 'order-1', quantity: 3 };

    // Act
    await writeToTable(record, payload);

    // Assess
    expect(await itemWithKey(record.messageId)).toMatchObject({ pk: record.messageId, payload });
  });

  it('keys a Kinesis record on its sequence number', async () => {
    // Prepare
    const record: KinesisStreamRecord = firstRecord(kinesisEvent({ count: 1, seed: 'table-kinesis' }).Records);

    // Act
    await writeToTable(record, { deviceId: 'sensor-7' });

    // Assess
    const item = await itemWithKey(record.kinesis.sequenceNumber);
    expect(item?.payload).toEqual({ deviceId: 'sensor-7' });
  });

  it('keeps the first item when a retried record is written again', async () => {
    // Prepare
    const record = firstRecord(sqsEvent({ count: 1, seed: 'table-retry' }).Records);
    await writeToTable(record, { attempt: 1 });

    // Act
    await writeToTable(record, { attempt: 2 });

    // Assess
    expect((await itemWithKey(record.messageId))?.payload).toEqual({ attempt: 1 });
  });
});
