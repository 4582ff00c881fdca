import type { BatchOutcome } from '../batch-response.js';
import type { DeliveryReport } from './fault-injecting-handler.js';
import type { SimulatedRecord } from './simulated-records.js';
import type {
  LedgerEntry,
  LostReason,
  RecordDestination,
  SimulationProgress,
  SimulationSummary,
} from './simulation-result.js';

interface EntryState extends Omit<LedgerEntry, 'lost'> {
  settled: boolean;
  /** Why it would be lost, should it never be handled, moved or filtered. */
  lossReason?: LostReason;
}

const LOST_REASONS: readonly LostReason[] = [
  'failure-ignored',
  'discarded-without-destination',
  'expired',
  'unfinished',
];

/** The itemIdentifiers a handler's own response names, read leniently (a malformed response names none). */
function reportedIdentifiers(response: unknown): string[] {
  const failures: unknown = (response as { batchItemFailures?: unknown } | null | undefined)?.batchItemFailures;
  if (!Array.isArray(failures)) return [];
  return failures.flatMap((failure: unknown) => {
    const identifier: unknown = (failure as { itemIdentifier?: unknown } | null)?.itemIdentifier;
    return typeof identifier === 'string' ? [identifier] : [];
  });
}

/**
 * The records the handler processed without failing: those it was given and did not report, when it returned. A
 * stream handler reporting exactly one failure is taken to have stopped there, as the runtime's do (the records
 * after it were not processed); one reporting several went on past its first failure.
 */
function handledRecords(report: DeliveryReport, stopsAtFirstFailure: boolean): string[] {
  const invocation = report.handlerInvocation;
  if (invocation?.kind !== 'returned') return [];
  const reported = reportedIdentifiers(invocation.response);
  const [only] = reported;
  if (stopsAtFirstFailure && only !== undefined && reported.length === 1) {
    const position = report.handed.indexOf(only);
    if (position >= 0) return report.handed.slice(0, position);
  }
  const failed = new Set(reported);
  return report.handed.filter((identifier) => !failed.has(identifier));
}

/** Keeps account of every record of a simulation, from what each invocation's delivery report and outcome say. */
export class RecordLedger {
  private readonly entries: EntryState[];
  private readonly byIdentifier = new Map<string, EntryState>();
  private readonly latestHandledByKey = new Map<string, number>();
  private readonly outOfOrder = new Set<number>();
  private invocations = 0;
  private settledCount = 0;
  private processedCount = 0;

  constructor(
    records: readonly SimulatedRecord[],
    poison: ReadonlySet<number>,
    /** Streams: records are processed in order and a handler stops at its first failure. */
    private readonly ordered: boolean,
  ) {
    this.entries = records.map((record) => ({
      index: record.index,
      identifier: record.identifier,
      ...(record.orderingKey !== undefined && { orderingKey: record.orderingKey }),
      ...(record.shardId !== undefined && { shardId: record.shardId }),
      poison: poison.has(record.index),
      deliveries: 0,
      handled: 0,
      injectedFailures: 0,
      filtered: false,
      settled: false,
    }));
    for (const entry of this.entries) this.byIdentifier.set(entry.identifier, entry);
  }

  /** The simulation index of a record, for fault plans. */
  indexOf = (identifier: string): number | undefined => this.byIdentifier.get(identifier)?.index;

  /** One invocation: what the handler got and did, and what Lambda made of the response. */
  recordInvocation(report: DeliveryReport, outcome: BatchOutcome): void {
    this.invocations += 1;
    for (const identifier of report.filtered) this.markFiltered(identifier);
    const filtered = new Set(report.filtered);
    for (const identifier of report.identifiers) {
      if (!filtered.has(identifier)) this.entry(identifier, (entry) => (entry.deliveries += 1));
    }
    for (const identifier of report.injected) this.entry(identifier, (entry) => (entry.injectedFailures += 1));
    const handled = new Set(handledRecords(report, this.ordered));
    for (const identifier of handled) this.entry(identifier, (entry) => this.markHandled(entry));
    for (const identifier of outcome.succeeded) {
      if (filtered.has(identifier)) continue;
      this.entry(identifier, (entry) => {
        // Deleted or checkpointed without having been processed: its failure was ignored.
        if (!handled.has(identifier)) entry.lossReason ??= 'failure-ignored';
        this.settle(entry);
      });
    }
  }

  markFiltered(identifier: string): void {
    this.entry(identifier, (entry) => {
      entry.filtered = true;
      this.settle(entry);
    });
  }

  markDestination(identifiers: readonly string[], destination: RecordDestination): void {
    for (const identifier of identifiers) {
      this.entry(identifier, (entry) => {
        entry.destination = destination;
        this.settle(entry);
      });
    }
  }

  /** The records left Lambda's hands without a destination: lost unless handled before. */
  markGone(identifiers: readonly string[], reason: LostReason): void {
    for (const identifier of identifiers) {
      this.entry(identifier, (entry) => {
        entry.lossReason ??= reason;
        this.settle(entry);
      });
    }
  }

  progress(): SimulationProgress {
    return {
      recordsIn: this.entries.length,
      invocations: this.invocations,
      settled: this.settledCount,
      processed: this.processedCount,
    };
  }

  /** The final entries: a record that is not processed, moved or filtered is lost, with why. */
  ledger(): LedgerEntry[] {
    return this.entries.map(({ settled: _settled, lossReason, ...entry }) => {
      const accounted = entry.handled > 0 || entry.destination !== undefined || entry.filtered;
      return accounted ? entry : { ...entry, lost: lossReason ?? 'unfinished' };
    });
  }

  summary(ledger: readonly LedgerEntry[]): SimulationSummary {
    const count = (test: (entry: LedgerEntry) => boolean) => ledger.filter(test).length;
    const lostBy = Object.fromEntries(
      LOST_REASONS.map((reason) => [reason, count((entry) => entry.lost === reason)]),
    ) as Record<LostReason, number>;
    return {
      recordsIn: ledger.length,
      processed: count((entry) => entry.handled > 0),
      retried: count((entry) => entry.deliveries > 1),
      toDeadLetterQueue: count((entry) => entry.destination === 'dead-letter-queue'),
      toOnFailure: count((entry) => entry.destination === 'on-failure'),
      filtered: count((entry) => entry.filtered),
      duplicates: count((entry) => entry.handled > 1),
      outOfOrder: this.outOfOrder.size,
      lost: count((entry) => entry.lost !== undefined),
      lostBy,
      invocations: this.invocations,
    };
  }

  /** A record handled for the first time after a later record of its key is out of order (repeats are duplicates). */
  private markHandled(entry: EntryState): void {
    entry.handled += 1;
    if (entry.handled > 1) return;
    this.processedCount += 1;
    if (entry.orderingKey === undefined) return;
    const latest = this.latestHandledByKey.get(entry.orderingKey) ?? -1;
    if (entry.index < latest) this.outOfOrder.add(entry.index);
    else this.latestHandledByKey.set(entry.orderingKey, entry.index);
  }

  private settle(entry: EntryState): void {
    if (entry.settled) return;
    entry.settled = true;
    this.settledCount += 1;
  }

  private entry(identifier: string, update: (entry: EntryState) => void): void {
    const entry = this.byIdentifier.get(identifier);
    if (entry) update(entry);
  }
}
