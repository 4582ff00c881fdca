import { describe, expect, it } from 'vitest';
import { FifoGroupGate, type GatedMessage } from '../src/fifo-group-gate.js';

const message = (messageId: string, groupId: string, receiveCount = 1): GatedMessage => ({
  messageId,
  groupId,
  receiveCount,
});
const ids = (messages: readonly GatedMessage[]) => messages.map((m) => m.messageId);
const queue = { visibilityTimeoutSeconds: 1, maxReceiveCount: 3 };

describe('FifoGroupGate', () => {
  it('delivers every message while no group has failed', () => {
    // Prepare
    const gate = new FifoGroupGate(queue);

    // Act
    const { deliver, hold } = gate.admit([message('a1', 'a'), message('a2', 'a'), message('b1', 'b')], 0);

    // Assess
    expect(ids(deliver)).toEqual(['a1', 'a2', 'b1']);
    expect(hold).toEqual([]);
  });

  it('holds later messages of a group whose earlier message failed, and not other groups', () => {
    // Prepare
    const gate = new FifoGroupGate(queue);
    gate.block([message('a1', 'a')], 0);

    // Act
    const { deliver, hold } = gate.admit([message('a2', 'a'), message('b1', 'b')], 10);

    // Assess
    expect(ids(deliver)).toEqual(['b1']);
    expect(ids(hold)).toEqual(['a2']);
  });

  it('releases the group in order once the failed message comes back', () => {
    // Prepare
    const gate = new FifoGroupGate(queue);
    gate.block([message('a1', 'a')], 0);
    gate.admit([message('a2', 'a')], 10);

    // Act
    const back = gate.admit([message('a1', 'a', 2)], 1_000);
    const early = gate.admit([message('a3', 'a')], 1_010);
    const held = gate.admit([message('a2', 'a', 2), message('a3', 'a', 2)], 1_020);

    // Assess
    expect(ids(back.deliver)).toEqual(['a1']);
    expect(ids(early.hold)).toEqual(['a3']);
    expect(ids(held.deliver)).toEqual(['a2', 'a3']);
  });

  it('releases the group once the failed message has moved to the DLQ', () => {
    // Prepare
    const gate = new FifoGroupGate(queue);
    gate.block([message('a1', 'a', 3)], 0);

    // Act
    const beforeExpiry = gate.admit([message('a2', 'a')], 500);
    const afterExpiry = gate.admit([message('a2', 'a', 2)], 1_600);

    // Assess
    expect(ids(beforeExpiry.hold)).toEqual(['a2']);
    expect(ids(afterExpiry.deliver)).toEqual(['a2']);
  });

  it('keeps a failed message ahead of the messages already waiting behind it', () => {
    // Prepare
    const gate = new FifoGroupGate(queue);
    gate.block([message('a1', 'a')], 0);
    gate.admit([message('a2', 'a')], 10);
    gate.admit([message('a1', 'a', 2)], 1_000);
    gate.block([message('a1', 'a', 2)], 1_000);

    // Act
    const { deliver, hold } = gate.admit([message('a2', 'a', 2)], 1_100);

    // Assess
    expect(deliver).toEqual([]);
    expect(ids(hold)).toEqual(['a2']);
  });
});
