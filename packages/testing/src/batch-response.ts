import type { HandlerInvocation } from './handler-invocation.js';
import { compareSequenceNumbers } from './sequence-numbers.js';

/** Why Lambda failed a whole batch. */
export type BatchFailureReason =
  /** The handler threw or rejected. */
  | 'handler-error'
  /** The handler ran past the function timeout. */
  | 'timeout'
  /** An itemIdentifier was missing, empty, not a string, or not in the batch. */
  | 'invalid-item-identifier'
  /** The response, or its batchItemFailures, is not the documented shape. */
  | 'malformed-response';

/** What Lambda does with a batch after one invocation. Identifiers keep the batch's order. */
export interface BatchOutcome {
  status: 'success' | 'partial-failure' | 'batch-failure';
  /** SQS: deleted from the queue. Streams: checkpointed, never delivered again. */
  succeeded: string[];
  /** SQS: visible again after the visibility timeout. Streams: read again from `retryFrom`. */
  failed: string[];
  /** Set when status is batch-failure. */
  failureReason?: BatchFailureReason;
  /**
   * Failures the handler reported that Lambda ignored because ReportBatchItemFailures is off: those records are
   * treated as processed (in AWS: deleted or checkpointed), so their failures would have been lost.
   */
  ignoredFailures: string[];
}

/** A stream batch's outcome: Lambda checkpoints before the lowest failed sequence number and re-reads from it. */
export interface StreamBatchOutcome extends BatchOutcome {
  /** The sequence number the next read starts at (AT_SEQUENCE_NUMBER); absent when the whole batch succeeded. */
  retryFrom?: string;
  /** The last sequence number checkpointed by this batch; absent when nothing of it was. */
  checkpoint?: string;
}

export interface BatchResponseInput {
  /** The batch's item identifiers in batch order: SQS messageIds, or stream sequence numbers. */
  identifiers: readonly string[];
  invocation: HandlerInvocation;
  /** Whether the mapping has FunctionResponseTypes ["ReportBatchItemFailures"]. */
  reportBatchItemFailures: boolean;
}

type ReportedFailures = { valid: true; identifiers: string[] } | { valid: false; reason: BatchFailureReason };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Reads batchItemFailures as Lambda does: null/absent is none; a bad or unknown itemIdentifier fails the batch. */
function reportedFailures(response: unknown, batch: ReadonlySet<string>): ReportedFailures {
  if (response === null || response === undefined) return { valid: true, identifiers: [] };
  if (!isRecord(response)) return { valid: false, reason: 'malformed-response' };
  const { batchItemFailures } = response;
  if (batchItemFailures === null || batchItemFailures === undefined) return { valid: true, identifiers: [] };
  if (!Array.isArray(batchItemFailures)) return { valid: false, reason: 'malformed-response' };
  const identifiers = new Set<string>();
  for (const failure of batchItemFailures) {
    const identifier: unknown = isRecord(failure) ? failure.itemIdentifier : undefined;
    if (typeof identifier !== 'string' || !batch.has(identifier)) {
      return { valid: false, reason: 'invalid-item-identifier' };
    }
    identifiers.add(identifier);
  }
  return { valid: true, identifiers: [...identifiers] };
}

type Decision =
  | { kind: 'failures'; reported: string[]; ignored: string[] }
  | { kind: 'batch-failure'; reason: BatchFailureReason };

/** The rules both sources share: what failed, before the source decides what that means for the other records. */
function decide({ identifiers, invocation, reportBatchItemFailures }: BatchResponseInput): Decision {
  if (invocation.kind === 'threw') return { kind: 'batch-failure', reason: 'handler-error' };
  if (invocation.kind === 'timed-out') return { kind: 'batch-failure', reason: 'timeout' };
  const reported = reportedFailures(invocation.response, new Set(identifiers));
  if (!reportBatchItemFailures) {
    return { kind: 'failures', reported: [], ignored: reported.valid ? reported.identifiers : [] };
  }
  if (!reported.valid) return { kind: 'batch-failure', reason: reported.reason };
  return { kind: 'failures', reported: reported.identifiers, ignored: [] };
}

/** What Lambda does with an SQS batch: the reported messageIds come back, every other message is deleted. */
export function sqsBatchOutcome(input: BatchResponseInput): BatchOutcome {
  const decision = decide(input);
  const identifiers = [...input.identifiers];
  if (decision.kind === 'batch-failure') {
    return {
      status: 'batch-failure',
      succeeded: [],
      failed: identifiers,
      failureReason: decision.reason,
      ignoredFailures: [],
    };
  }
  const failedSet = new Set(decision.reported);
  return {
    status: failedSet.size === 0 ? 'success' : 'partial-failure',
    succeeded: identifiers.filter((id) => !failedSet.has(id)),
    failed: identifiers.filter((id) => failedSet.has(id)),
    ignoredFailures: identifiers.filter((id) => decision.ignored.includes(id)),
  };
}

/**
 * What Lambda does with a Kinesis or DynamoDB Streams batch: it checkpoints before the LOWEST reported sequence
 * number and retries everything from it on, including records the handler did not report.
 */
export function streamBatchOutcome(input: BatchResponseInput): StreamBatchOutcome {
  const decision = decide(input);
  const identifiers = [...input.identifiers];
  if (decision.kind === 'batch-failure') {
    return {
      status: 'batch-failure',
      succeeded: [],
      failed: identifiers,
      failureReason: decision.reason,
      ignoredFailures: [],
      ...(identifiers[0] !== undefined && { retryFrom: identifiers[0] }),
    };
  }
  const ignoredFailures = identifiers.filter((id) => decision.ignored.includes(id));
  const [lowest] = [...decision.reported].sort(compareSequenceNumbers);
  if (lowest === undefined) {
    const checkpoint = identifiers.at(-1);
    return {
      status: 'success',
      succeeded: identifiers,
      failed: [],
      ignoredFailures,
      ...(checkpoint && { checkpoint }),
    };
  }
  const succeeded = identifiers.filter((id) => compareSequenceNumbers(id, lowest) < 0);
  const checkpoint = succeeded.at(-1);
  return {
    status: 'partial-failure',
    succeeded,
    failed: identifiers.filter((id) => compareSequenceNumbers(id, lowest) >= 0),
    ignoredFailures,
    retryFrom: lowest,
    ...(checkpoint && { checkpoint }),
  };
}
