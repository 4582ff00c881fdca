import { createHash } from 'node:crypto';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DrainTimeoutError,
  drainSqs,
  InvalidMappingOptionsError,
  type LocalEmulator,
  pollSqsOnce,
  SqsPoller,
  startSqsEmulator,
} from '../src/index.js';
import { createQueue, receiveBodies, recordingHandler, sendMessages } from './support/sqs-queues.js';

let sqs: LocalEmulator<SQSClient>;

beforeAll(async () => {
  sqs = await startSqsEmulator();
});

afterAll(async () => {
  await sqs.stop();
});

const bodyId = (record: { body: string }) => (JSON.parse(record.body) as { id: string }).id;

describe.concurrent('pollSqsOnce', () => {
  it('hands the handler a real-shaped event of the received messages', async () => {
    // Prepare
    const { client } = sqs;
    const { queueUrl } = await createQueue(client, { visibilityTimeoutSeconds: 1 });
    await sendMessages(client, queueUrl, [{ body: { id: 'a' } }, { body: { id: 'b' } }]);
    const { handler, seen } = recordingHandler(() => false);

    // Act
    const result = await pollSqsOnce({ client, queueUrl, handler, reportBatchItemFailures: true });

    // Assess
    expect(seen.map(bodyId)).toEqual(['a', 'b']);
    const [record] = seen;
    expect(record).toMatchObject({
      eventSource: 'aws:sqs',
      eventSourceARN: expect.stringMatching(/^arn:aws:sqs:us-east-1:123456789012:queue-\d+$/),
      awsRegion: 'us-east-1',
      attributes: { ApproximateReceiveCount: '1', SentTimestamp: expect.stringMatching(/^\d+$/) },
    });
    expect(record?.md5OfBody).toBe(
      createHash('md5')
        .update(record?.body ?? '')
        .digest('hex'),
    );
    expect(result).toMatchObject({ received: 2, heldBack: [], outcome: { status: 'success' } });
  });

  it('deletes the successes and lets the failures come back with a higher receive count', async () => {
    // Prepare
    const { client } = sqs;
    const { queueUrl } = await createQueue(client, { visibilityTimeoutSeconds: 1 });
    const ids = await sendMessages(
      client,
      queueUrl,
      ['ok-1', 'bad', 'ok-2'].map((id) => ({ body: { id } })),
    );
    const { handler, seen } = recordingHandler((body) => body.id === 'bad');

    // Act
    const first = await pollSqsOnce({ client, queueUrl, handler, reportBatchItemFailures: true });
    const results = await drainSqs({
      client,
      queueUrl,
      handler,
      reportBatchItemFailures: true,
      until: (r) => r.some((p) => p.event),
    });

    // Assess
    expect(first.outcome).toMatchObject({ status: 'partial-failure', failed: [ids[1]], succeeded: [ids[0], ids[2]] });
    const redelivered = results.flatMap((poll) => poll.event?.Records ?? []);
    expect(redelivered.map(bodyId)).toEqual(['bad']);
    expect(redelivered[0]?.attributes.ApproximateReceiveCount).toBe('2');
    expect(seen).toHaveLength(4);
  });

  it('returns the whole batch when the handler throws', async () => {
    // Prepare
    const { client } = sqs;
    const { queueUrl } = await createQueue(client, { visibilityTimeoutSeconds: 1 });
    await sendMessages(client, queueUrl, [{ body: { id: 'a' } }, { body: { id: 'b' } }]);
    const handler = async () => {
      throw new Error('downstream unavailable');
    };

    // Act
    const first = await pollSqsOnce({ client, queueUrl, handler, reportBatchItemFailures: true });
    const { handler: recovering, seen } = recordingHandler(() => false);
    await drainSqs({
      client,
      queueUrl,
      handler: recovering,
      reportBatchItemFailures: true,
      until: () => seen.length === 2,
    });

    // Assess
    expect(first.outcome).toMatchObject({ status: 'batch-failure', failureReason: 'handler-error', succeeded: [] });
    expect(seen.map((record) => record.attributes.ApproximateReceiveCount)).toEqual(['2', '2']);
  });

  it('deletes reported failures too when ReportBatchItemFailures is off, and says they would be lost', async () => {
    // Prepare
    const { client } = sqs;
    const { queueUrl } = await createQueue(client, { visibilityTimeoutSeconds: 1 });
    const ids = await sendMessages(client, queueUrl, [{ body: { id: 'ok' } }, { body: { id: 'bad' } }]);
    const { handler } = recordingHandler((body) => body.id === 'bad');

    // Act
    const result = await pollSqsOnce({ client, queueUrl, handler, reportBatchItemFailures: false });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const left = await receiveBodies(client, queueUrl);

    // Assess
    expect(result.outcome).toMatchObject({ status: 'success', ignoredFailures: [ids[1]] });
    expect(left).toEqual([]);
  });

  it('refuses a batch size Lambda does not allow for SQS', () => {
    // Prepare
    const { client } = sqs;

    // Act
    const act = () =>
      new SqsPoller({ client, queueUrl: 'q', handler: () => null, reportBatchItemFailures: true, batchSize: 11 });

    // Assess
    expect(act).toThrow(InvalidMappingOptionsError);
  });
});

describe.concurrent('drainSqs', () => {
  it('gives up with DrainTimeoutError when its condition never holds', async () => {
    // Prepare
    const { client } = sqs;
    const { queueUrl } = await createQueue(client, { visibilityTimeoutSeconds: 1 });
    const { handler } = recordingHandler(() => false);

    // Act
    const drain = drainSqs({
      client,
      queueUrl,
      handler,
      reportBatchItemFailures: true,
      until: () => false,
      timeoutMs: 200,
    });

    // Assess
    await expect(drain).rejects.toThrow(DrainTimeoutError);
  });
});

describe.concurrent('drainSqs with a redrive policy', () => {
  it('moves a message that keeps failing to the DLQ after maxReceiveCount receives', async () => {
    // Prepare
    const { client } = sqs;
    const { queueUrl, deadLetterQueueUrl = '' } = await createQueue(client, {
      visibilityTimeoutSeconds: 1,
      maxReceiveCount: 3,
    });
    await sendMessages(
      client,
      queueUrl,
      ['ok', 'poison'].map((id) => ({ body: { id } })),
    );
    const { handler, seen } = recordingHandler((body) => body.id === 'poison');
    const poisonReceives = () => seen.filter((record) => bodyId(record) === 'poison');

    // Act
    await drainSqs({
      client,
      queueUrl,
      handler,
      reportBatchItemFailures: true,
      until: () => poisonReceives().length === 3,
    });
    // The emulator moves the message when its last visibility timeout ends, as AWS does on the next receive.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const inDeadLetterQueue = await receiveBodies(client, deadLetterQueueUrl);
    const inQueue = await receiveBodies(client, queueUrl);

    // Assess
    expect(poisonReceives().map((record) => record.attributes.ApproximateReceiveCount)).toEqual(['1', '2', '3']);
    expect(seen.filter((record) => bodyId(record) === 'ok')).toHaveLength(1);
    expect(inDeadLetterQueue).toEqual([{ id: 'poison' }]);
    expect(inQueue).toEqual([]);
  });
});

describe.concurrent('SqsPoller on a FIFO queue', () => {
  it('keeps later messages of a failed group from the handler until the failed one succeeds', async () => {
    // Prepare
    const { client } = sqs;
    const { queueUrl } = await createQueue(client, { visibilityTimeoutSeconds: 1, fifo: true });
    const [a1, a2] = await sendMessages(client, queueUrl, [
      { body: { id: 'a1' }, groupId: 'a' },
      { body: { id: 'a2' }, groupId: 'a' },
      { body: { id: 'b1' }, groupId: 'b' },
    ]);
    let a1Attempts = 0;
    const { handler, seen } = recordingHandler((body) => body.id === 'a1' && ++a1Attempts === 1);
    const poller = new SqsPoller({ client, queueUrl, handler, reportBatchItemFailures: true, batchSize: 1 });

    // Act
    const results = await poller.drain({ until: () => seen.some((record) => bodyId(record) === 'a2') });

    // Assess
    expect(seen.map(bodyId)).toEqual(['a1', 'b1', 'a1', 'a2']);
    expect(results.flatMap((poll) => poll.heldBack)).toContain(a2);
    expect(results.flatMap((poll) => poll.heldBack)).not.toContain(a1);
  });

  it('delivers other groups while one group is blocked', async () => {
    // Prepare
    const { client } = sqs;
    const { queueUrl } = await createQueue(client, { visibilityTimeoutSeconds: 1, fifo: true });
    await sendMessages(client, queueUrl, [{ body: { id: 'a1' }, groupId: 'a' }]);
    const { handler, seen } = recordingHandler((body) => body.id === 'a1');
    const poller = new SqsPoller({ client, queueUrl, handler, reportBatchItemFailures: true });
    await poller.pollOnce();
    await sendMessages(client, queueUrl, [
      { body: { id: 'a2' }, groupId: 'a' },
      { body: { id: 'b1' }, groupId: 'b' },
    ]);

    // Act
    const result = await poller.pollOnce();

    // Assess
    expect(result.event?.Records.map(bodyId)).toEqual(['b1']);
    expect(result.heldBack).toHaveLength(1);
    expect(seen.map(bodyId)).toEqual(['a1', 'b1']);
  });
});
