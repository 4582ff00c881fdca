import type { SQSRecord } from 'aws-lambda';
import type { SqsPollResult } from './sqs-poller.js';

/** The ids of the messages the polls deleted after the handler succeeded with them, in poll order. */
export function succeededMessageIds(polls: readonly SqsPollResult[]): string[] {
  return polls.flatMap((poll) => poll.outcome?.succeeded ?? []);
}

/** Every delivery of one message to the handler over the polls, in order (one per receive). */
export function deliveriesOf(polls: readonly SqsPollResult[], messageId: string): SQSRecord[] {
  return polls.flatMap((poll) => poll.event?.Records ?? []).filter((record) => record.messageId === messageId);
}

/** The ApproximateReceiveCount of each delivery of one message over the polls, in order: `['1', '2', ...]`. */
export function receiveCountsOf(polls: readonly SqsPollResult[], messageId: string): string[] {
  return deliveriesOf(polls, messageId).map((record) => record.attributes.ApproximateReceiveCount);
}
