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
import { statusChange } from './support/status-change-factory.js';

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

describe('the handler polled from a local SQS FIFO queue as its event source mapping would', () => {
  it('applies the other orders in order while a refused change and the rest of its order go to the FIFO DLQ', async () => {
    // Prepare
    const { client } = sqs;
    const queues = await createQueueWithDeadLetterQueue(client, {
      name: 'status-changes',
      visibilityTimeoutSeconds,
      maxReceiveCount,
      fifo: true,
    });
    const changes = [
      statusChange('order-A', 'placed', 'paid'),
      statusChange('order-B', 'placed', 'paid'),
      statusChange('order-A', 'paid', 'delivered'),
      statusChange('order-B', 'paid', 'shipped'),
      statusChange('order-A', 'shipped', 'delivered'),
      statusChange('order-B', 'shipped', 'delivered'),
    ];
    const bodies = changes.map((change) => JSON.stringify(change));
    const ids = await sendMessages(
      client,
      queues.queueUrl,
      changes.map((change, index) => ({ body: bodies[index] ?? '', groupId: change.orderId })),
    );
    const [a1, b1, a2, b2, a3, b3] = ids;
    const poller = new SqsPoller({ client, queueUrl: queues.queueUrl, handler, reportBatchItemFailures: true });

    // Act
    const { result: polls } = await captureJsonLines(() =>
      poller.drain({
        until: (results) => [a2, a3].every((id) => deliveriesOf(results, id ?? '').length === maxReceiveCount),
      }),
    );
    await waitForVisibilityTimeout();
    const inDeadLetterQueue = await receiveBodies(client, queues.deadLetterQueueUrl);
    const leftInQueue = await receiveBodies(client, queues.queueUrl);

    // Assess
    expect(succeededMessageIds(polls)).toEqual([a1, b1, b2, b3]);
    const everyReceive = Array.from({ length: maxReceiveCount }, (_, index) => String(index + 1));
    const receiveCounts = (id = '') =>
      deliveriesOf(polls, id).map((record) => record.attributes.ApproximateReceiveCount);
    expect(receiveCounts(a2)).toEqual(everyReceive);
    expect(receiveCounts(a3)).toEqual(everyReceive);
    expect(inDeadLetterQueue).toEqual([bodies[2], bodies[4]]);
    expect(leftInQueue).toEqual([]);
  });
});
