import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';
import { startSqsEmulator } from '../emulators/sqs-emulator.js';
import { UnexpectedEmulatorResponseError } from '../errors.js';
import { SqsPoller } from '../sqs-poller.js';
import type { LocalRunContext } from './local-run-context.js';
import type { SqsMappingSettings } from './mapping-settings.js';
import { simulatedSqsRecords } from './simulated-records.js';
import type { SimulationResult } from './simulation-result.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates the queue (and its DLQ) as the settings describe it, with the shortened visibility timeout. */
async function createQueues(client: SQSClient, settings: SqsMappingSettings, visibilityTimeoutSeconds: number) {
  const { fifo, maxReceiveCount } = settings.queue;
  const suffix = fifo ? '.fifo' : '';
  const fifoAttributes: Record<string, string> = fifo ? { FifoQueue: 'true' } : {};
  let redrive: Record<string, string> = {};
  let deadLetterQueueUrl: string | undefined;
  if (maxReceiveCount !== undefined) {
    deadLetterQueueUrl = (
      await client.send(new CreateQueueCommand({ QueueName: `simulation-dlq${suffix}`, Attributes: fifoAttributes }))
    ).QueueUrl;
    const { Attributes } = await client.send(
      new GetQueueAttributesCommand({ QueueUrl: deadLetterQueueUrl, AttributeNames: ['QueueArn'] }),
    );
    redrive = { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: Attributes?.QueueArn, maxReceiveCount }) };
  }
  const { QueueUrl } = await client.send(
    new CreateQueueCommand({
      QueueName: `simulation${suffix}`,
      Attributes: { VisibilityTimeout: String(visibilityTimeoutSeconds), ...fifoAttributes, ...redrive },
    }),
  );
  if (QueueUrl === undefined) {
    throw new UnexpectedEmulatorResponseError('CreateQueue', 'a QueueUrl', 'Check the emulator started.');
  }
  return { queueUrl: QueueUrl, deadLetterQueueUrl };
}

/** Sends the records in order (FIFO: to their groups, deduplicated by index) and returns the ids SQS gave them. */
async function sendRecords(
  client: SQSClient,
  queueUrl: string,
  records: readonly { record: SQSRecord; index: number }[],
) {
  const ids: string[] = [];
  for (let start = 0; start < records.length; start += 10) {
    const chunk = records.slice(start, start + 10);
    const { Successful = [] } = await client.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: chunk.map(({ record, index }, position) => {
          const groupId = record.attributes.MessageGroupId;
          return {
            Id: String(position),
            MessageBody: record.body,
            ...(groupId !== undefined && { MessageGroupId: groupId, MessageDeduplicationId: String(index) }),
          };
        }),
      }),
    );
    const byPosition = new Map(Successful.map((entry) => [Number(entry.Id), entry.MessageId]));
    chunk.forEach((_, position) => {
      const id = byPosition.get(position);
      if (id === undefined)
        throw new UnexpectedEmulatorResponseError(
          'SendMessageBatch',
          'a MessageId per entry',
          'Check the message bodies.',
        );
      ids.push(id);
    });
  }
  return ids;
}

/** The messageIds the redrive policy has moved to the DLQ so far (received once, kept invisible). */
async function receiveDeadLetters(client: SQSClient, deadLetterQueueUrl: string): Promise<string[]> {
  const ids: string[] = [];
  while (true) {
    const { Messages = [] } = await client.send(
      new ReceiveMessageCommand({ QueueUrl: deadLetterQueueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 43_200 }),
    );
    if (Messages.length === 0) return ids;
    ids.push(...Messages.flatMap((message) => (message.MessageId ? [message.MessageId] : [])));
  }
}

/** What differs from AWS when the queue is local-aws-sqs. */
function localWarnings(settings: SqsMappingSettings, context: LocalRunContext): string[] {
  const warnings = [
    `Against local-aws-sqs the queue's visibility timeout is ${context.visibilityTimeoutSeconds} s ` +
      `(the template says ${settings.queue.visibilityTimeoutSeconds} s) so that retries come back in real time.`,
  ];
  if (settings.queue.fifo) {
    warnings.push(
      'local-aws-sqs does not block FIFO groups: the poller holds back messages of a blocked group, and the ' +
        'emulator counts those receives (AWS does not), so they reach the DLQ early. simulate() models this exactly.',
    );
  }
  return warnings;
}

/**
 * The SQS mapping against local-aws-sqs: the records are sent to a real queue (with its DLQ) and drained by the
 * SqsPoller with the fault-injecting handler, in real time, until every record is processed, moved or lost, or the
 * time limit ends.
 */
export async function runLocalSqsSimulation(
  settings: SqsMappingSettings,
  context: LocalRunContext,
): Promise<SimulationResult> {
  const emulator = await startSqsEmulator();
  const startedAt = Date.now();
  try {
    const { client } = emulator;
    const { queueUrl, deadLetterQueueUrl } = await createQueues(client, settings, context.visibilityTimeoutSeconds);
    const generated = simulatedSqsRecords(settings, context.options, context.seed);
    const ids = await sendRecords(client, queueUrl, generated);
    const run = context.start(generated.map((record, index) => ({ ...record, identifier: ids[index] ?? '' })));
    const poller = new SqsPoller({
      client,
      queueUrl,
      handler: run.handler,
      reportBatchItemFailures: settings.reportBatchItemFailures,
      batchSize: Math.min(settings.batchSize, 10),
      context: run.contextOptions(),
    });
    const deadLetterQueue: string[] = [];
    const collectDeadLetters = async () => {
      if (deadLetterQueueUrl === undefined) return;
      const moved = await receiveDeadLetters(client, deadLetterQueueUrl);
      deadLetterQueue.push(...moved);
      run.ledger.markDestination(moved, 'dead-letter-queue');
    };
    while (run.ledger.progress().settled < generated.length && !run.exhausted && Date.now() < context.deadline) {
      const poll = await poller.pollOnce();
      if (poll.event && poll.outcome) {
        run.record(run.takeReport(poll.event.Records.map((record) => record.messageId)), poll.outcome);
      } else {
        await collectDeadLetters();
        await sleep(100);
      }
    }
    await collectDeadLetters();
    return run.result(
      { deadLetterQueue, onFailureRecords: [], virtualDurationMs: Date.now() - startedAt },
      localWarnings(settings, context),
    );
  } finally {
    await emulator.stop();
  }
}
