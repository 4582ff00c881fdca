import type { BatchHandler, BatchHandlerOptions, BatchResponse, OptionalSchema } from './batch-options.js';
import { emfMetricsLine } from './emf-metrics-line.js';
import { InvalidBatchOptionsError } from './errors.js';
import { readBatchRecords } from './event-records.js';
import { type LoggedRecord, recordFailedLine, recordSkippedLine } from './failure-log-lines.js';
import { monotonicMs } from './monotonic-clock.js';
import type { PendingOutcome, RecordOutcome, RecordProcessing } from './record-outcome.js';
import type { RecordSource } from './record-source.js';
import { resolveTelemetry } from './telemetry-options.js';

const succeeded: RecordOutcome = { status: 'succeeded' };
const succeededAfter = (): RecordOutcome => succeeded;
const failedWith = (error: unknown): RecordOutcome => ({ status: 'failed', error });

// Any thenable, not only native promises: a record function may return one from another promise library.
function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | undefined)?.then === 'function';
}

function oldestRecordAgeMs<TRecord>(
  records: readonly TRecord[],
  arrivalTimeOf: (record: TRecord) => number | undefined,
): number | undefined {
  let oldest = Number.POSITIVE_INFINITY;
  for (const record of records) {
    const arrival = arrivalTimeOf(record);
    if (arrival !== undefined && arrival < oldest) {
      oldest = arrival;
    }
  }
  return oldest === Number.POSITIVE_INFINITY ? undefined : Math.max(0, Date.now() - oldest);
}

/**
 * The one shape of every batch handler: check the event, run its records with the source's processing rule,
 * turn failures into batch item failures, log each failure and write one metric line.
 */
export function createBatchHandler<TEvent, TRecord, TItem>(
  source: RecordSource<TRecord, TItem>,
  processRecords: RecordProcessing<TRecord>,
  options: BatchHandlerOptions<OptionalSchema, TItem>,
): BatchHandler<TEvent> {
  if (typeof options?.handleRecord !== 'function') {
    throw new InvalidBatchOptionsError(
      `handleRecord must be the function called for each ${source.label} record, got ${typeof options?.handleRecord}.`,
    );
  }
  const { handleRecord } = options;
  const telemetry = resolveTelemetry(options);

  return async (event, context): Promise<BatchResponse> => {
    const startedAt = monotonicMs();
    const { records, identifiers } = readBatchRecords(event, source);

    // Most schemas validate synchronously and many record functions finish synchronously: a record whose work
    // returns no promise is decided without a microtask, which is most of the per-record overhead at 10,000 records.
    const runRecord = (index: number): PendingOutcome => {
      try {
        const decoded = source.decode(records[index] as TRecord);
        const handled =
          decoded instanceof Promise
            ? decoded.then((item) => handleRecord(item, context))
            : handleRecord(decoded, context);
        return isThenable(handled) ? Promise.resolve(handled).then(succeededAfter, failedWith) : succeeded;
      } catch (error) {
        return failedWith(error);
      }
    };
    const outcomes = await processRecords(records, runRecord);

    const loggedRecord = (index: number): LoggedRecord => ({
      sourceLabel: source.label,
      eventSource: source.eventSource,
      itemIdentifier: identifiers[index] as string,
      recordIndex: index,
      // Optional chaining: local invokers sometimes pass no context, and a log line must not fail the batch.
      awsRequestId: context?.awsRequestId,
      payload: telemetry.logRecordPayload ? source.payloadOf(records[index] as TRecord) : undefined,
    });
    const batchItemFailures: BatchResponse['batchItemFailures'] = [];
    let recordsSucceeded = 0;
    outcomes.forEach((outcome, index) => {
      if (outcome === undefined) {
        return;
      }
      if (outcome.status === 'succeeded') {
        recordsSucceeded++;
        return;
      }
      batchItemFailures.push({ itemIdentifier: identifiers[index] as string });
      telemetry.writeLine(
        outcome.status === 'failed'
          ? recordFailedLine(loggedRecord(index), outcome.error)
          : recordSkippedLine(loggedRecord(index), outcome.groupId, identifiers[outcome.causeIndex] as string),
      );
    });

    if (telemetry.metrics !== undefined) {
      const figures = {
        batchSize: records.length,
        recordsSucceeded,
        recordsFailed: batchItemFailures.length,
        durationMs: monotonicMs() - startedAt,
        oldestRecordAgeMs: source.arrivalTimeOf ? oldestRecordAgeMs(records, source.arrivalTimeOf) : undefined,
      };
      telemetry.writeLine(emfMetricsLine(figures, telemetry.metrics, source.eventSource));
    }
    return { batchItemFailures };
  };
}
