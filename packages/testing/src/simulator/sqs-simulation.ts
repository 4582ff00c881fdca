import type { SQSRecord } from 'aws-lambda';
import { sqsBatchOutcome } from '../batch-response.js';
import type { SqsMappingSettings } from './mapping-settings.js';
import type { SimulatedRecord } from './simulated-records.js';
import type { SimulationRun } from './simulation-run.js';
import { type QueuedMessage, SimulatedQueue } from './sqs-queue-model.js';

/** The record Lambda delivers for a message on this receive: its receive count, a fresh receipt handle. */
function deliveredRecord(message: QueuedMessage): SQSRecord {
  const { record } = message.simulated;
  const sentAt = Number(record.attributes.SentTimestamp);
  return {
    ...record,
    receiptHandle: `AQEB${Buffer.from(`${record.messageId}:${message.receiveCount}`).toString('base64')}`,
    attributes: {
      ...record.attributes,
      ApproximateReceiveCount: String(message.receiveCount),
      ApproximateFirstReceiveTimestamp: String(sentAt + (message.firstReceivedAt ?? 0)),
    },
  };
}

/** What an SQS run leaves besides the ledger. */
export interface SqsRunResult {
  deadLetterQueue: string[];
  clockMs: number;
}

/**
 * Runs an SQS mapping over the records with one poller and a virtual clock: receive a batch (waiting out the
 * batching window when it is short), invoke, delete what Lambda deletes, let the rest come back when its visibility
 * timeout ends; the clock jumps over idle time. Records the filters reject are deleted without an invocation.
 */
export async function runSqsSimulation(
  run: SimulationRun,
  settings: SqsMappingSettings,
  records: readonly SimulatedRecord<SQSRecord>[],
): Promise<SqsRunResult> {
  const deadLetterQueue: string[] = [];
  const { ledger } = run;
  const queue = new SimulatedQueue(records, settings.queue, {
    deadLettered: ({ simulated }) => {
      deadLetterQueue.push(simulated.identifier);
      ledger.markDestination([simulated.identifier], 'dead-letter-queue');
    },
    expired: ({ simulated }) => ledger.markGone([simulated.identifier], 'expired'),
  });
  const windowMs = settings.maximumBatchingWindowSeconds * 1000;
  let clock = 0;
  while (queue.remaining > 0 && !run.exhausted) {
    const batch = queue.receive(clock, settings.batchSize);
    if (batch.length === 0) {
      const next = queue.nextChangeAt(clock);
      if (next === undefined || next <= clock) break;
      clock = next;
      continue;
    }
    if (batch.length < settings.batchSize && windowMs > 0) {
      clock += windowMs;
      batch.push(...queue.receive(clock, settings.batchSize - batch.length));
    }
    const { invocation, report, durationMs } = await run.invoke(batch.map(deliveredRecord));
    clock += durationMs;
    const outcome = sqsBatchOutcome({
      identifiers: batch.map((message) => message.simulated.identifier),
      invocation,
      reportBatchItemFailures: settings.reportBatchItemFailures,
    });
    for (const identifier of outcome.succeeded) queue.delete(identifier);
    run.record(report, outcome);
  }
  return { deadLetterQueue, clockMs: clock };
}
