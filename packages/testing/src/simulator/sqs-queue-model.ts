import type { SQSRecord } from 'aws-lambda';
import type { QueueSettings } from './mapping-settings.js';
import type { SimulatedRecord } from './simulated-records.js';

/** One message of the in-memory queue. Times are milliseconds on the simulation's virtual clock. */
export interface QueuedMessage {
  simulated: SimulatedRecord<SQSRecord>;
  receiveCount: number;
  /** Until when a receive has made it invisible. */
  visibleAt: number;
  firstReceivedAt?: number;
  done: boolean;
}

/** What the queue does on its own to messages no consumer deleted. */
export interface QueueEvents {
  /** The redrive policy moved it to the DLQ (receive count at maxReceiveCount when it would be received again). */
  deadLettered(message: QueuedMessage): void;
  /** Its MessageRetentionPeriod ended before anyone deleted it. */
  expired(message: QueuedMessage): void;
}

/**
 * An SQS queue in memory with a virtual clock: a receive makes messages invisible for the visibility timeout and
 * counts the receive; a message received maxReceiveCount times goes to the DLQ instead of being received again;
 * a message older than the retention period is deleted. FIFO queues return each group's messages in order and
 * return none of a group while one of its messages is invisible (in flight, or failed and not yet visible).
 */
export class SimulatedQueue {
  private readonly messages: QueuedMessage[];
  private readonly byIdentifier: Map<string, QueuedMessage>;
  /** Messages before it are all done: receives start here. */
  private cursor = 0;
  private remainingCount: number;

  constructor(
    records: readonly SimulatedRecord<SQSRecord>[],
    private readonly settings: QueueSettings,
    private readonly events: QueueEvents,
  ) {
    this.messages = records.map((simulated) => ({ simulated, receiveCount: 0, visibleAt: 0, done: false }));
    this.byIdentifier = new Map(this.messages.map((message) => [message.simulated.identifier, message]));
    this.remainingCount = this.messages.length;
  }

  /** Messages not yet deleted, moved or expired. */
  get remaining(): number {
    return this.remainingCount;
  }

  /** Up to `max` visible messages, in queue order, now invisible until `now` + the visibility timeout. */
  receive(now: number, max: number): QueuedMessage[] {
    const { fifo, maxReceiveCount, visibilityTimeoutSeconds, messageRetentionSeconds } = this.settings;
    const blockedGroups = new Set<string>();
    const received: QueuedMessage[] = [];
    this.advanceCursor();
    for (let index = this.cursor; index < this.messages.length && received.length < max; index += 1) {
      const message = this.messages[index];
      if (message === undefined || message.done) continue;
      const group = fifo ? message.simulated.orderingKey : undefined;
      if (now >= messageRetentionSeconds * 1000) {
        this.finish(message);
        this.events.expired(message);
        continue;
      }
      if (group !== undefined && blockedGroups.has(group)) continue;
      if (message.visibleAt > now) {
        // A FIFO group is blocked behind its first message still to be deleted.
        if (group !== undefined) blockedGroups.add(group);
        continue;
      }
      if (maxReceiveCount !== undefined && message.receiveCount >= maxReceiveCount) {
        this.finish(message);
        this.events.deadLettered(message);
        continue;
      }
      message.receiveCount += 1;
      message.firstReceivedAt ??= now;
      message.visibleAt = now + visibilityTimeoutSeconds * 1000;
      received.push(message);
    }
    return received;
  }

  /** A consumer deleted the message (processed, or dropped by a filter). */
  delete(identifier: string): void {
    const message = this.byIdentifier.get(identifier);
    if (message && !message.done) this.finish(message);
  }

  /** The next time something changes without a consumer: a message becomes visible, or the retention ends. */
  nextChangeAt(now: number): number | undefined {
    let next: number | undefined;
    for (let index = this.cursor; index < this.messages.length; index += 1) {
      const message = this.messages[index];
      if (message && !message.done && message.visibleAt > now)
        next = Math.min(next ?? message.visibleAt, message.visibleAt);
    }
    if (this.remainingCount === 0) return undefined;
    return Math.min(next ?? Number.POSITIVE_INFINITY, Math.max(now, this.settings.messageRetentionSeconds * 1000));
  }

  private finish(message: QueuedMessage): void {
    message.done = true;
    this.remainingCount -= 1;
  }

  private advanceCursor(): void {
    while (this.messages[this.cursor]?.done) this.cursor += 1;
  }
}
