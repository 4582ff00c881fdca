import type { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createQueueWithDeadLetterQueue,
  deliveriesOf,
  type LocalEmulator,
  receiveBodies,
  SqsPoller,
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

describe('createQueueWithDeadLetterQueue', () => {
  it('makes a queue whose failing message reaches its DLQ after maxReceiveCount receives', async () => {
    // Prepare
    const { client } = sqs;
    const queues = await createQueueWithDeadLetterQueue(client, {
      name: 'redrive',
      visibilityTimeoutSeconds: 1,
      maxReceiveCount: 2,
    });
    const [kept, failing] = await sendMessages(client, queues.queueUrl, [{ body: 'kept' }, { body: 'failing' }]);
    const handler = async (event: { Records: { messageId: string; body: string }[] }) => ({
      batchItemFailures: event.Records.filter((record) => record.body === 'failing').map((record) => ({
        itemIdentifier: record.messageId,
      })),
    });
    const poller = new SqsPoller({ client, queueUrl: queues.queueUrl, handler, reportBatchItemFailures: true });

    // Act
    const polls = await poller.drain({ until: (results) => deliveriesOf(results, failing ?? '').length === 2 });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const inDeadLetterQueue = await receiveBodies(client, queues.deadLetterQueueUrl);

    // Assess
    expect(succeededMessageIds(polls)).toEqual([kept]);
    expect(deliveriesOf(polls, failing ?? '').map((record) => record.attributes.ApproximateReceiveCount)).toEqual([
      '1',
      '2',
    ]);
    expect(inDeadLetterQueue).toEqual(['failing']);
  });

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
