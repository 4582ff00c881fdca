import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { SQSEvent, SQSRecord } from 'aws-lambda';

let queueNumber = 0;

export interface TestQueue {
  queueUrl: string;
  deadLetterQueueUrl?: string;
}

/** A fresh queue (unique name) with a short visibility timeout and, with maxReceiveCount, a DLQ. */
export async function createQueue(
  client: SQSClient,
  options: { visibilityTimeoutSeconds: number; maxReceiveCount?: number; fifo?: boolean },
): Promise<TestQueue> {
  queueNumber += 1;
  const suffix = options.fifo ? '.fifo' : '';
  const fifoAttributes = options.fifo ? { FifoQueue: 'true', ContentBasedDeduplication: 'true' } : {};
  let deadLetterQueueUrl: string | undefined;
  let redrive = {};
  if (options.maxReceiveCount !== undefined) {
    const dlq = await client.send(
      new CreateQueueCommand({ QueueName: `dlq-${queueNumber}${suffix}`, Attributes: fifoAttributes }),
    );
    deadLetterQueueUrl = dlq.QueueUrl;
    const { Attributes } = await client.send(
      new GetQueueAttributesCommand({ QueueUrl: deadLetterQueueUrl, AttributeNames: ['QueueArn'] }),
    );
    redrive = {
      RedrivePolicy: JSON.stringify({
        deadLetterTargetArn: Attributes?.QueueArn,
        maxReceiveCount: options.maxReceiveCount,
      }),
    };
  }
  const { QueueUrl } = await client.send(
    new CreateQueueCommand({
      QueueName: `queue-${queueNumber}${suffix}`,
      Attributes: { VisibilityTimeout: String(options.visibilityTimeoutSeconds), ...fifoAttributes, ...redrive },
    }),
  );
  return { queueUrl: QueueUrl ?? '', ...(deadLetterQueueUrl && { deadLetterQueueUrl }) };
}

/** Sends one message per body (in order, FIFO messages to their group) and returns the message ids. */
export async function sendMessages(
  client: SQSClient,
  queueUrl: string,
  messages: readonly { body: unknown; groupId?: string }[],
): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < messages.length; start += 10) {
    const { Successful = [] } = await client.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: messages.slice(start, start + 10).map(({ body, groupId }, index) => ({
          Id: String(index),
          MessageBody: JSON.stringify(body),
          ...(groupId && { MessageGroupId: groupId }),
        })),
      }),
    );
    ids.push(...[...Successful].sort((a, b) => Number(a.Id) - Number(b.Id)).map((entry) => entry.MessageId ?? ''));
  }
  return ids;
}

/** The bodies of the messages a queue holds now (received once with a long visibility timeout). */
export async function receiveBodies(client: SQSClient, queueUrl: string): Promise<unknown[]> {
  const { Messages = [] } = await client.send(
    new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 30 }),
  );
  return Messages.map((message) => JSON.parse(message.Body ?? 'null'));
}

/** A handler that reports as failed every record whose body matches `fails`, and remembers every record it saw. */
export function recordingHandler(fails: (body: { id: string; [key: string]: unknown }, record: SQSRecord) => boolean) {
  const seen: SQSRecord[] = [];
  const handler = async (event: SQSEvent) => {
    seen.push(...event.Records);
    return {
      batchItemFailures: event.Records.filter((record) => fails(JSON.parse(record.body), record)).map((record) => ({
        itemIdentifier: record.messageId,
      })),
    };
  };
  return { handler, seen };
}
