import type { SQSClient } from '@aws-sdk/client-sqs';
import {
  captureJsonLines,
  type LocalEmulator,
  receiveCountsOf,
  runUntilRedriven,
  startSqsEmulator,
  succeededMessageIds,
} from '@lambda-blueprints/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler } from '../src/handler.js';
import { order, orderFailingTheSchema, orderWithWrongTotal } from './support/order-factory.js';

// Short enough to keep the test quick; infra/config.ts sets the deployed queue's own values.
const queue = { name: 'orders', visibilityTimeoutSeconds: 1, maxReceiveCount: 3 };

let sqs: LocalEmulator<SQSClient>;
beforeAll(async () => {
  sqs = await startSqsEmulator();
});
afterAll(async () => {
  await sqs.stop();
});

describe('the handler polled from a local SQS queue as its event source mapping would', () => {
  it('deletes the accepted orders and moves each failing message to the DLQ after maxReceiveCount receives', async () => {
    // Prepare
    // Accepted, not JSON, failing the schema, refused by acceptOrder, accepted.
    const bodies = [
      JSON.stringify(order({ orderId: 'order-1' })),
      '{"orderId":',
      JSON.stringify(orderFailingTheSchema()),
      JSON.stringify(orderWithWrongTotal()),
      JSON.stringify(order({ orderId: 'order-2' })),
    ];
    const messages = bodies.map((body) => ({ body }));

    // Act
    const { result: run } = await captureJsonLines(() =>
      runUntilRedriven({ client: sqs.client, queue, messages, handler, failingIndexes: [1, 2, 3] }),
    );

    // Assess
    const ids = run.messageIds;
    expect(succeededMessageIds(run.polls).sort()).toEqual([ids[0], ids[4]].sort());
    const everyReceive = Array.from({ length: queue.maxReceiveCount }, (_, index) => String(index + 1));
    for (const id of ids.slice(1, 4)) expect(receiveCountsOf(run.polls, id)).toEqual(everyReceive);
    expect(run.inDeadLetterQueue.sort()).toEqual(bodies.slice(1, 4).sort());
    expect(run.leftInQueue).toEqual([]);
  });
});
