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
import { changesWithARefusedOne } from './support/status-change-factory.js';

// Short enough to keep the test quick; infra/config.ts sets the deployed queue's own values.
const queue = { name: 'status-changes', visibilityTimeoutSeconds: 1, maxReceiveCount: 3, fifo: true };

let sqs: LocalEmulator<SQSClient>;
beforeAll(async () => {
  sqs = await startSqsEmulator();
});
afterAll(async () => {
  await sqs.stop();
});

describe('the handler polled from a local SQS FIFO queue as its event source mapping would', () => {
  it('applies the other orders in order while a refused change and the rest of its order go to the FIFO DLQ', async () => {
    // Prepare
    const changes = changesWithARefusedOne();
    const bodies = changes.map((change) => JSON.stringify(change));
    const messages = changes.map((change, index) => ({ body: bodies[index] ?? '', groupId: change.orderId }));

    // Act
    const { result: run } = await captureJsonLines(() =>
      runUntilRedriven({ client: sqs.client, queue, messages, handler, failingIndexes: [2, 4] }),
    );

    // Assess
    const [a1, b1, a2, b2, a3, b3] = run.messageIds;
    expect(succeededMessageIds(run.polls)).toEqual([a1, b1, b2, b3]);
    const everyReceive = Array.from({ length: queue.maxReceiveCount }, (_, index) => String(index + 1));
    expect(receiveCountsOf(run.polls, a2 ?? '')).toEqual(everyReceive);
    expect(receiveCountsOf(run.polls, a3 ?? '')).toEqual(everyReceive);
    expect(run.inDeadLetterQueue).toEqual([bodies[2], bodies[4]]);
    expect(run.leftInQueue).toEqual([]);
  });
});
