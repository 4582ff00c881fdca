import type { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createQueueWithDeadLetterQueue,
  type LocalEmulator,
  receiveBodies,
  receiveCountsOf,
  runUntilRedriven,
  sendMessages,
  startSqsEmulator,
  succeededMessageIds,
} from '../src/index.js';

let sqs: LocalEmulator<SQSClient>;
beforeAll(async () => {
  sqs = await startSqsEmulator();
});
afterAll(async () => {
  await sqs.stop();
});

describe('runUntilRedriven', () => {
  it('deletes what succeeds and ends once each failing message reached the DLQ after maxReceiveCount receives', async () => {
    // Prepare
    const queue = { name: 'redrive', visibilityTimeoutSeconds: 1, maxReceiveCount: 2 };
    const handler = async (event: { Records: { messageId: string; body: string }[] }) => ({
      batchItemFailures: event.Records.filter((record) => record.body === 'failing').map((record) => ({
        itemIdentifier: record.messageId,
      })),
    });
    const messages = [{ body: 'kept' }, { body: 'failing' }];

    // Act
    const run = await runUntilRedriven({ client: sqs.client, queue, messages, handler, failingIndexes: [1] });

    // Assess
    const [kept, failing] = run.messageIds;
    expect(succeededMessageIds(run.polls)).toEqual([kept]);
    expect(receiveCountsOf(run.polls, failing ?? '')).toEqual(['1', '2']);
    expect(run.inDeadLetterQueue).toEqual(['failing']);
    expect(run.leftInQueue).toEqual([]);
  });
});

describe('createQueueWithDeadLetterQueue', () => {
  it('makes a FIFO queue and DLQ that keep the order of a group, equal bodies included', async () => {
    // Prepare
    const { client } = sqs;
    const queues = await createQueueWithDeadLetterQueue(client, {
      name: 'ordered',
      visibilityTimeoutSeconds: 1,
      maxReceiveCount: 2,
      fifo: true,
    });

    // Act
    const ids = await sendMessages(client, queues.queueUrl, [
      { body: 'same', groupId: 'g' },
      { body: 'same', groupId: 'g' },
      { body: 'last', groupId: 'g' },
    ]);
    const bodies = await receiveBodies(client, queues.queueUrl);

    // Assess
    expect(queues.queueUrl.endsWith('ordered.fifo')).toBe(true);
    expect(queues.deadLetterQueueUrl.endsWith('ordered-dlq.fifo')).toBe(true);
    expect(new Set(ids).size).toBe(3);
    expect(bodies).toEqual(['same', 'same', 'last']);
  });
});
