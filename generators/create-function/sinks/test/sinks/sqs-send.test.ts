import { ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { sqsEvent } from '@lambda-blueprints/testing';
import { describe, expect, it } from 'vitest';
import { sinkNames } from '../../src/sinks/sink-names.js';
import { sendToQueue } from '../../src/sinks/sqs-send.js';

// sqs-send.setup.ts started local-aws-sqs, made the queue and pointed the SDK at it: this client reads what the sink
// sent, configured the way the sink's own client is.
const client = new SQSClient({});

async function receiveAll(): Promise<{ body: string | undefined; sourceRecordId: string | undefined }[]> {
  const { Messages = [] } = await client.send(
    new ReceiveMessageCommand({
      QueueUrl: process.env[sinkNames['sqs-send'].variable],
      MaxNumberOfMessages: 10,
      MessageAttributeNames: ['All'],
    }),
  );
  return Messages.map((message) => ({
    body: message.Body,
    sourceRecordId: message.MessageAttributes?.sourceRecordId?.StringValue,
  }));
}

describe('sendToQueue', () => {
  it('sends the payload as JSON with the source record id as an attribute', async () => {
    // Prepare
    const [record] = sqsEvent({ count: 1, seed: 'queue-send' }).Records;
    if (record === undefined) throw new Error('The factory made no record.');
    const payload = { orderId: 'order-2', quantity: 1 };

    // Act
    await sendToQueue(record, payload);

    // Assess
    expect(await receiveAll()).toEqual([{ body: JSON.stringify(payload), sourceRecordId: record.messageId }]);
  });
});
