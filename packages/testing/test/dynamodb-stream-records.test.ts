import { CreateTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deleteAndCapture,
  dynamodbStreamEventFrom,
  type LocalEmulator,
  putAndCapture,
  startDynamoEmulator,
  updateAndCapture,
} from '../src/index.js';

let dynamo: LocalEmulator<DynamoDBClient>;
let tableNumber = 0;

beforeAll(async () => {
  dynamo = await startDynamoEmulator();
});

afterAll(async () => {
  await dynamo.stop();
});

/** A fresh table keyed by pk (hash) and sk (range). */
async function createTable(client: DynamoDBClient): Promise<string> {
  tableNumber += 1;
  const TableName = `orders-${tableNumber}`;
  await client.send(
    new CreateTableCommand({
      TableName,
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'N' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  return TableName;
}

const key = { pk: { S: 'customer#1' }, sk: { N: '1' } };

describe.concurrent('DynamoDB stream records from real writes', () => {
  it('records a put of a new item as an INSERT with the new image and the key schema keys', async () => {
    // Prepare
    const { client } = dynamo;
    const TableName = await createTable(client);
    const Item = { ...key, total: { N: '42.5' }, tags: { SS: ['new'] }, blob: { B: Uint8Array.from([1, 2, 3]) } };

    // Act
    const record = await putAndCapture(client, { TableName, Item });

    // Assess
    expect(record).toMatchObject({ eventName: 'INSERT', eventSource: 'aws:dynamodb', awsRegion: 'us-east-1' });
    expect(record?.eventSourceARN).toMatch(new RegExp(`:table/${TableName}/stream/\\d{4}-\\d{2}-\\d{2}T`));
    expect(record?.dynamodb?.Keys).toEqual(key);
    expect(record?.dynamodb?.NewImage).toEqual({ ...Item, blob: { B: 'AQID' } });
    expect(record?.dynamodb).not.toHaveProperty('OldImage');
  });

  it('records an update of an existing item as a MODIFY with both images', async () => {
    // Prepare
    const { client } = dynamo;
    const TableName = await createTable(client);
    await putAndCapture(client, { TableName, Item: { ...key, status: { S: 'placed' } } });

    // Act
    const record = await updateAndCapture(client, {
      TableName,
      Key: key,
      UpdateExpression: 'SET #status = :shipped',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':shipped': { S: 'shipped' } },
    });

    // Assess
    expect(record?.eventName).toBe('MODIFY');
    expect(record?.dynamodb?.OldImage).toEqual({ ...key, status: { S: 'placed' } });
    expect(record?.dynamodb?.NewImage).toEqual({ ...key, status: { S: 'shipped' } });
  });

  it('records an update that creates the item as an INSERT', async () => {
    // Prepare
    const { client } = dynamo;
    const TableName = await createTable(client);

    // Act
    const record = await updateAndCapture(client, {
      TableName,
      Key: key,
      UpdateExpression: 'SET visits = :one',
      ExpressionAttributeValues: { ':one': { N: '1' } },
    });

    // Assess
    expect(record?.eventName).toBe('INSERT');
    expect(record?.dynamodb?.NewImage).toEqual({ ...key, visits: { N: '1' } });
  });

  it('records a delete as a REMOVE with the old image only', async () => {
    // Prepare
    const { client } = dynamo;
    const TableName = await createTable(client);
    await putAndCapture(client, { TableName, Item: { ...key, total: { N: '3' } } });

    // Act
    const record = await deleteAndCapture(client, { TableName, Key: key });

    // Assess
    expect(record?.eventName).toBe('REMOVE');
    expect(record?.dynamodb?.OldImage).toEqual({ ...key, total: { N: '3' } });
    expect(record?.dynamodb).not.toHaveProperty('NewImage');
    expect(record?.dynamodb?.Keys).toEqual(key);
  });

  it('writes no record for a put that changes nothing or a delete of a missing item', async () => {
    // Prepare
    const { client } = dynamo;
    const TableName = await createTable(client);
    const Item = { ...key, total: { N: '3' } };
    await putAndCapture(client, { TableName, Item });

    // Act
    const samePut = await putAndCapture(client, { TableName, Item });
    const missingDelete = await deleteAndCapture(client, { TableName, Key: { pk: { S: 'nobody' }, sk: { N: '0' } } });

    // Assess
    expect(samePut).toBeUndefined();
    expect(missingDelete).toBeUndefined();
  });

  it('numbers the records of successive writes in increasing order and batches them into an event', async () => {
    // Prepare
    const { client } = dynamo;
    const TableName = await createTable(client);

    // Act
    const records = [
      await putAndCapture(client, { TableName, Item: { ...key, n: { N: '1' } } }),
      await putAndCapture(client, { TableName, Item: { ...key, n: { N: '2' } } }),
      await deleteAndCapture(client, { TableName, Key: key }),
    ];
    const event = dynamodbStreamEventFrom([...records, undefined]);

    // Assess
    expect(event.Records.map((record) => record.eventName)).toEqual(['INSERT', 'MODIFY', 'REMOVE']);
    const numbers = event.Records.map((record) => BigInt(record.dynamodb?.SequenceNumber ?? '0'));
    expect(numbers[0]).toBeLessThan(numbers[1] ?? 0n);
    expect(numbers[1]).toBeLessThan(numbers[2] ?? 0n);
  });
});
