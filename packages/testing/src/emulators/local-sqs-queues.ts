import { randomUUID } from 'node:crypto';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';

/** A queue of the emulator and the dead-letter queue its redrive policy moves messages to. */
export interface QueueWithDeadLetterQueue {
  queueUrl: string;
  deadLetterQueueUrl: string;
}

export interface LocalQueueOptions {
  /** The queue's name; its DLQ is `<name>-dlq` (each with `.fifo` on a FIFO queue). */
  name: string;
  /** Seconds a received message stays invisible; short, so failures come back quickly. */
  visibilityTimeoutSeconds: number;
  maxReceiveCount: number;
  /** @default false */
  fifo?: boolean;
}

/** Creates a queue and its DLQ of the same FIFO-ness on the emulator, as a blueprint's stack does in AWS. */
export async function createQueueWithDeadLetterQueue(
  client: SQSClient,
  options: LocalQueueOptions,
): Promise<QueueWithDeadLetterQueue> {
  const suffix = options.fifo ? '.fifo' : '';
  const fifoAttributes: Record<string, string> = options.fifo ? { FifoQueue: 'true' } : {};
  const deadLetterQueue = await client.send(
    new CreateQueueCommand({ QueueName: `${options.name}-dlq${suffix}`, Attributes: fifoAttributes }),
  );
  const deadLetterQueueUrl = deadLetterQueue.QueueUrl ?? '';
  const { Attributes } = await client.send(
    new GetQueueAttributesCommand({ QueueUrl: deadLetterQueueUrl, AttributeNames: ['QueueArn'] }),
  );
  const queue = await client.send(
    new CreateQueueCommand({
      QueueName: `${options.name}${suffix}`,
      Attributes: {
        ...fifoAttributes,
        VisibilityTimeout: String(options.visibilityTimeoutSeconds),
        RedrivePolicy: JSON.stringify({
          deadLetterTargetArn: Attributes?.QueueArn,
          maxReceiveCount: options.maxReceiveCount,
        }),
      },
    }),
  );
  return { queueUrl: queue.QueueUrl ?? '', deadLetterQueueUrl };
}

/** A message to send: its body as text, and on a FIFO queue its group. */
export interface OutgoingMessage {
  body: string;
  groupId?: string;
}

/** Sends the messages in order (batches of 10) and returns their message ids in the same order. */
export async function sendMessages(
  client: SQSClient,
  queueUrl: string,
  messages: readonly OutgoingMessage[],
): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < messages.length; start += 10) {
    const batch = messages.slice(start, start + 10);
    const { Successful = [] } = await client.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: batch.map(({ body, groupId }, index) => ({
          Id: String(index),
          MessageBody: body,
          // FIFO messages need a group and a deduplication id; a fresh id keeps equal bodies from being dropped.
          ...(groupId && { MessageGroupId: groupId, MessageDeduplicationId: randomUUID() }),
        })),
      }),
    );
    ids.push(...[...Successful].sort((a, b) => Number(a.Id) - Number(b.Id)).map((entry) => entry.MessageId ?? ''));
  }
  return ids;
}

/** The bodies a queue holds now, received once and kept invisible so a second look does not see them again. */
export async function receiveBodies(client: SQSClient, queueUrl: string): Promise<string[]> {
  const { Messages = [] } = await client.send(
    new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 30 }),
  );
  return Messages.map((message) => message.Body ?? '');
}
