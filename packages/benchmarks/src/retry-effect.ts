import type { BatchOutcome } from './batch-outcome.js';

/** How a source reads failures from a partial batch response. */
export type FailureReporting =
  /** Queues: every failed message, each retried on its own. */
  | 'every-failure'
  /** Streams: Lambda retries from the lowest reported sequence number, so only that one counts. */
  | 'first-failure';

// Sequence numbers are decimal strings longer than a Number holds; anything else a handler reports sorts as text.
const isSequenceNumber = (identifier: string): boolean => /^\d+$/.test(identifier);

function bySequence(a: string, b: string): number {
  if (!isSequenceNumber(a) || !isSequenceNumber(b)) {
    return a.localeCompare(b);
  }
  const difference = BigInt(a) - BigInt(b);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/**
 * What Lambda does with one invocation's outcome, in words: two handlers did the same work on a batch exactly when
 * these are equal (queues: the same failed messages; streams: the same lowest failed sequence number).
 */
export function retryEffectOf(outcome: BatchOutcome, reporting: FailureReporting): string {
  if ('thrown' in outcome) {
    return `throws (${outcome.thrown}), so the whole batch is retried`;
  }
  const identifiers = (outcome.response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier);
  if (identifiers.length === 0) {
    return 'reports no failure';
  }
  return reporting === 'first-failure'
    ? `retries from ${[...identifiers].sort(bySequence)[0]}`
    : `retries ${[...identifiers].sort().join(', ')}`;
}
