import type { Context } from 'aws-lambda';
import { type HandlerInvocation, invokeWithContext, type LambdaHandler } from '../handler-invocation.js';
import type { FaultPlan } from './fault-plan.js';
import type { RecordFilter } from './filter-criteria.js';
import { identifierOf, type SourceEvent, type SourceHandler, type SourceRecord } from './source-record.js';

/**
 * What an injected failure takes with it, as the runtime's batch handlers fail records: the record alone (standard
 * SQS), the record and the rest of its message group (SQS FIFO), or the record and the rest of the batch (streams,
 * which stop at the first failure).
 */
export type FailureScope = 'record' | 'group' | 'rest-of-batch';

/** What happened to one batch on its way through the wrapper. Identifiers keep the batch's order. */
export interface DeliveryReport {
  /** Every record of the batch Lambda delivered. */
  identifiers: string[];
  /** The records the real handler was given. */
  handed: string[];
  /** The records failed by injection (and those their failure took with it): never given to the handler. */
  injected: string[];
  /** The records the mapping's filters dropped (only when the wrapper filters: against local emulators). */
  filtered: string[];
  /**
   * How the real handler's call ended, set when it ends: absent when it was not called (no record left to give it),
   * or when the invocation timed out before the handler's own call did.
   */
  handlerInvocation?: HandlerInvocation;
}

export interface FaultInjectionOptions {
  plan: FaultPlan;
  scope: FailureScope;
  /** The simulation index of a record (fault plans are by index); undefined for records not of the simulation. */
  indexOf: (identifier: string) => number | undefined;
  /** The FIFO message group of a record. */
  groupOf?: (record: SourceRecord) => string | undefined;
  /** Drops records the mapping's filters reject, for pollers that cannot filter themselves. */
  filter?: RecordFilter;
  /** Told about every batch, before the wrapper answers. */
  onDelivery: (report: DeliveryReport) => void;
}

const failures = (identifiers: readonly string[]) => identifiers.map((itemIdentifier) => ({ itemIdentifier }));

/** The real handler's response with the injected failures added, so Lambda's rules read both alike. */
function withInjectedFailures(response: unknown, injected: readonly string[]): unknown {
  if (injected.length === 0) return response;
  if (response === null || response === undefined) return { batchItemFailures: failures(injected) };
  // A response Lambda cannot read fails the whole batch anyway: it stays as the handler returned it.
  if (typeof response !== 'object' || Array.isArray(response)) return response;
  const reported: unknown = (response as { batchItemFailures?: unknown }).batchItemFailures ?? [];
  if (!Array.isArray(reported)) return response;
  return { ...response, batchItemFailures: [...reported, ...failures(injected)] };
}

/** Settles as the real handler's call did: its response (with the injected failures), its error, or its timeout. */
function settle(invocation: HandlerInvocation | undefined, injected: readonly string[]): Promise<unknown> {
  if (invocation?.kind === 'threw') return Promise.reject(invocation.error);
  // Past the function's timeout: never settle, so the caller's own race reports the timeout as Lambda would.
  if (invocation?.kind === 'timed-out') return new Promise(() => {});
  return Promise.resolve(withInjectedFailures(invocation?.response, injected));
}

/**
 * Wraps a batch handler so that planned faults happen inside the real handler's response path: a record whose
 * delivery is planned to fail (and what its failure takes with it, see FailureScope) is taken out of the event the
 * real handler gets and added to the batchItemFailures of its response, exactly as if the handler's record function
 * had failed on it before doing any work. Everything else (the records it handles, the failures it reports itself,
 * its throws and timeouts) is the real handler's own doing. With ReportBatchItemFailures off, Lambda ignores the
 * injected failures like any other, which is the loss such a mapping causes.
 */
export function faultInjectingHandler(
  handler: SourceHandler,
  options: FaultInjectionOptions,
): LambdaHandler<SourceEvent> {
  const { plan, scope, indexOf, groupOf, filter, onDelivery } = options;
  const real = handler as LambdaHandler<SourceEvent>;
  return async (event: SourceEvent, context: Context) => {
    const identifiers = event.Records.map(identifierOf);
    const kept: SourceRecord[] = [];
    const filtered: string[] = [];
    for (const record of event.Records) {
      if (filter && !filter(record)) filtered.push(identifierOf(record));
      else kept.push(record);
    }
    const handedRecords: SourceRecord[] = [];
    const injected: string[] = [];
    const failedGroups = new Set<string>();
    let batchFailed = false;
    for (const record of kept) {
      const identifier = identifierOf(record);
      const group = groupOf?.(record);
      const carried = batchFailed || (group !== undefined && failedGroups.has(group));
      const index = carried ? undefined : indexOf(identifier);
      if (!carried && (index === undefined || !plan.nextDeliveryFails(index))) {
        handedRecords.push(record);
        continue;
      }
      injected.push(identifier);
      if (scope === 'rest-of-batch') batchFailed = true;
      if (scope === 'group' && group !== undefined) failedGroups.add(group);
    }
    // Reported before the call: a caller whose own race ends first (a timeout) still learns what was delivered.
    const report: DeliveryReport = { identifiers, handed: handedRecords.map(identifierOf), injected, filtered };
    onDelivery(report);
    if (handedRecords.length > 0) {
      const remainingMs = context.getRemainingTimeInMillis();
      report.handlerInvocation = await invokeWithContext(
        real,
        { ...event, Records: handedRecords },
        context,
        remainingMs,
      );
    }
    return settle(report.handlerInvocation, injected);
  };
}
