import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  captureJsonLines,
  deleteAndCapture,
  dynamodbStreamEventFrom,
  invokeHandler,
  type LocalEmulator,
  putAndCapture,
  startDynamoEmulator,
  streamBatchOutcome,
  updateAndCapture,
} from '@lambda-blueprints/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../infra/config.js';
import { handler } from '../src/handler.js';
import { auditLines } from './support/audit-log-lines.js';
import { order } from './support/order-factory.js';
import { createOrdersTable, orderItem, setStatus } from './support/orders-table.js';

let dynamo: LocalEmulator<DynamoDBClient>;

beforeAll(async () => {
  dynamo = await startDynamoEmulator();
});

afterAll(async () => {
  await dynamo.stop();
});

const paidAt = '2024-01-02T09:30:00.000Z';
/** The function as infra/config.ts deploys it: its name and timeout. */
const functionContext = { functionName: config.functionName, timeoutMs: config.timeoutSeconds * 1000 };

describe('the DynamoDB Streams blueprint handler fed the stream records of real dynalite writes', () => {
  it('audits an order put, paid, rewritten unchanged and deleted, from the images DynamoDB returned', async () => {
    // Prepare
    const { client } = dynamo;
    const TableName = 'orders-lifecycle';
    await createOrdersTable(client, TableName);
    const placed = order(1);
    const paid = { ...placed, status: 'PAID' as const, updatedAt: paidAt };
    const event = dynamodbStreamEventFrom([
      await putAndCapture(client, { TableName, Item: orderItem(placed) }),
      await updateAndCapture(client, setStatus(TableName, placed, 'PAID', paidAt)),
      // Writing the item as it is changes nothing, so DynamoDB streams no record for it.
      await putAndCapture(client, { TableName, Item: orderItem(paid) }),
      await deleteAndCapture(client, { TableName, Key: { pk: { S: placed.pk } } }),
    ]);

    // Act
    const { result: invocation, lines } = await captureJsonLines(() => invokeHandler(handler, event, functionContext));

    // Assess
    expect(invocation).toMatchObject({ kind: 'returned', response: { batchItemFailures: [] } });
    expect(event.Records.map((record) => record.eventName)).toEqual(['INSERT', 'MODIFY', 'REMOVE']);
    expect(auditLines(lines)).toEqual([
      expect.objectContaining({ message: 'Order placed', ...placed }),
      expect.objectContaining({ message: 'Order status changed', ...paid, previousStatus: 'PLACED' }),
      expect.objectContaining({ message: 'Order deleted', ...paid }),
    ]);
  });

  it('stops at an impossible status change a writer made, so Lambda retries the batch from it', async () => {
    // Prepare
    const { client } = dynamo;
    const TableName = 'orders-with-a-bad-write';
    await createOrdersTable(client, TableName);
    const [first, second, third] = [order(1), order(2), order(3)];
    const records = [
      await putAndCapture(client, { TableName, Item: orderItem(first) }),
      await putAndCapture(client, { TableName, Item: orderItem(second) }),
      await updateAndCapture(client, setStatus(TableName, second, 'DELIVERED', paidAt)),
      await putAndCapture(client, { TableName, Item: orderItem(third) }),
    ];
    const event = dynamodbStreamEventFrom(records);

    // Act
    const { result: invocation, lines } = await captureJsonLines(() => invokeHandler(handler, event, functionContext));

    // Assess
    const sequenceNumbers = event.Records.map((record) => record.dynamodb?.SequenceNumber ?? '');
    const outcome = streamBatchOutcome({ identifiers: sequenceNumbers, invocation, reportBatchItemFailures: true });
    expect(outcome).toMatchObject({
      status: 'partial-failure',
      retryFrom: sequenceNumbers[2],
      succeeded: sequenceNumbers.slice(0, 2),
    });
    expect(auditLines(lines).map((line) => line.pk)).toEqual([first.pk, second.pk]);
  });
});
