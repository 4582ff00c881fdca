import type { SQSClient } from '@aws-sdk/client-sqs';
import {
  captureJsonLines,
  createQueueWithDeadLetterQueue,
  deliveriesOf,
  type LocalEmulator,
  receiveBodies,
  SqsPoller,
  sendMessages,
  startSqsEmulator,
  succeededMessageIds,
} from '@lambda-blueprints/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler } from '../src/handler.js';
import { order, orderFailingTheSchema, orderWithWrongTotal } from './support/order-factory.js';

// Short enough to keep the test quick; infra/config.ts sets the deployed queue's own value.
const maxReceiveCount = 3;
const visibilityTimeoutSeconds = 1;

let sqs: LocalEmulator<SQSClient>;
beforeAll(async () => {
  sqs = await startSqsEmulator();
});
afterAll(async () => {
  await sqs.stop();
});

const waitForVisibilityTimeout = () => new Promise((resolve) => setTimeout(resolve, visibilityTimeoutSeconds * 1200));

describe('the handler polled from a local SQS queue as its event source mapping would', () => {
  it('deletes the accepted orders and moves each failing message to the DLQ after maxReceiveCount receives', async () => {
    // Prepare
    const { client } = sqs;
    const queues = await createQueueWithDeadLetterQueue(client, {
      name: 'orders',
      visibilityTimeoutSeconds,
      maxReceiveCount,
    });
    // Accepted, not JSON, failing the schema, refused by acceptOrder, accepted.
    const bodies = [
      JSON.stringify(order({ orderId: 'order-1' })),
      '{"orderId":',
      JSON.stringify(orderFailingTheSchema()),
      JSON.stringify(orderWithWrongTotal()),
      JSON.stringify(order({ orderId: 'order-2' })),
    ];
    const ids = await sendMessages(
      client,
      queues.queueUrl,
      bodies.map((body) => ({ body })),
    );
    const failingIds = ids.slice(1, 4);
    const poller = new SqsPoller({ client, queueUrl: queues.queueUrl, handler, reportBatchItemFailures: true });

    // Act
    const { result: polls } = await captureJsonLines(() =>
      poller.drain({
        until: (results) => failingIds.every((id) => deliveriesOf(results, id).length === maxReceiveCount),
      }),
    );
    await waitForVisibilityTimeout();
    const inDeadLetterQueue = await receiveBodies(client, queues.deadLetterQueueUrl);
    const leftInQueue = await receiveBodies(client, queues.queueUrl);

    // Assess
    expect(succeededMessageIds(polls).sort()).toEqual([ids[0], ids[4]].sort());
    const everyReceive = Array.from({ length: maxReceiveCount }, (_, index) => String(index + 1));
    for (const id of failingIds) {
      const receiveCounts = deliveriesOf(polls, id).map((record) => record.attributes.ApproximateReceiveCount);
      expect(receiveCounts).toEqual(everyReceive);
    }
    expect(inDeadLetterQueue.sort()).toEqual(bodies.slice(1, 4).sort());
    expect(leftInQueue).toEqual([]);
  });
});
