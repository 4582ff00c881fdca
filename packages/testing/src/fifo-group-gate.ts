/** What the gate needs to know of a received message. */
export interface GatedMessage {
  messageId: string;
  groupId?: string;
  receiveCount: number;
}

/** The queue settings that decide when a message SQS holds invisible is delivered again. */
export interface GatedQueue {
  visibilityTimeoutSeconds: number;
  /** The redrive policy's maxReceiveCount; undefined without a DLQ. */
  maxReceiveCount?: number;
}

/** A message of a group that must reach the handler before any later message of that group. */
interface PendingMessage {
  messageId: string;
  /** When its visibility timeout ends and SQS delivers it again (or moves it to the DLQ). */
  visibleAgainAt: number;
  /** Its receive count reached maxReceiveCount: when visible again it goes to the DLQ instead of coming back. */
  movesToDeadLetterQueue: boolean;
}

/**
 * FIFO message group blocking, which AWS does and local-aws-sqs does not. After a message of a group fails, it and
 * every message of the group received after it are pending, in order; a received message of the group reaches the
 * handler only when it is the first pending one (or nothing is pending). A message held back stays invisible until
 * its visibility timeout ends, and the emulator counts that receive, so its ApproximateReceiveCount is higher than
 * AWS would make it.
 */
export class FifoGroupGate {
  private readonly pendingByGroup = new Map<string, PendingMessage[]>();

  constructor(private readonly queue: GatedQueue) {}

  /** Splits the messages of one receive, in order, into those the handler may see and those it must not yet. */
  admit<TMessage extends GatedMessage>(
    messages: readonly TMessage[],
    receivedAt: number,
  ): { deliver: TMessage[]; hold: TMessage[] } {
    const deliver: TMessage[] = [];
    const hold: TMessage[] = [];
    for (const message of messages) {
      if (message.groupId === undefined) {
        deliver.push(message);
        continue;
      }
      const pending = this.pendingOf(message.groupId, receivedAt);
      if (pending.length === 0 || pending[0]?.messageId === message.messageId) {
        pending.shift();
        deliver.push(message);
        continue;
      }
      hold.push(message);
      const entry = this.pendingEntry(message, receivedAt);
      const index = pending.findIndex((item) => item.messageId === message.messageId);
      if (index >= 0) pending[index] = entry;
      else pending.push(entry);
    }
    return { deliver, hold };
  }

  /** Puts the failed messages of a delivered batch (batch order) ahead of everything pending in their groups. */
  block(failed: readonly GatedMessage[], receivedAt: number): void {
    const failedByGroup = new Map<string, PendingMessage[]>();
    for (const message of failed) {
      if (message.groupId === undefined) continue;
      const entries = failedByGroup.get(message.groupId) ?? [];
      entries.push(this.pendingEntry(message, receivedAt));
      failedByGroup.set(message.groupId, entries);
    }
    for (const [groupId, entries] of failedByGroup) {
      this.pendingByGroup.set(groupId, [...entries, ...this.pendingOf(groupId, receivedAt)]);
    }
  }

  /** The pending messages of a group, without those that have moved to the DLQ by `now`. */
  private pendingOf(groupId: string, now: number): PendingMessage[] {
    const pending = this.pendingByGroup.get(groupId) ?? [];
    const remaining = pending.filter((item) => !(item.movesToDeadLetterQueue && now >= item.visibleAgainAt));
    this.pendingByGroup.set(groupId, remaining);
    return remaining;
  }

  private pendingEntry(message: GatedMessage, receivedAt: number): PendingMessage {
    const { visibilityTimeoutSeconds, maxReceiveCount } = this.queue;
    return {
      messageId: message.messageId,
      visibleAgainAt: receivedAt + visibilityTimeoutSeconds * 1000,
      movesToDeadLetterQueue: maxReceiveCount !== undefined && message.receiveCount >= maxReceiveCount,
    };
  }
}
