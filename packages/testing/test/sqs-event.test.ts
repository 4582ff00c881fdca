import { createHash } from 'node:crypto';
import type { SQSEvent } from 'aws-lambda';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { InvalidFactoryOptionsError, sqsEvent } from '../src/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('sqsEvent', () => {
  it('makes a batch of real-shaped SQS records', () => {
    // Prepare
    const options = { count: 3, queueArn: 'arn:aws:sqs:eu-west-1:111122223333:orders' };

    // Act
    const event = sqsEvent(options);

    // Assess
    expectTypeOf(event).toEqualTypeOf<SQSEvent>();
    expect(event.Records).toHaveLength(3);
    for (const record of event.Records) {
      expect(record.messageId).toMatch(UUID);
      expect(record.receiptHandle.length).toBeGreaterThan(100);
      expect(record.md5OfBody).toBe(createHash('md5').update(record.body).digest('hex'));
      expect(record).toMatchObject({
        eventSource: 'aws:sqs',
        eventSourceARN: options.queueArn,
        awsRegion: 'eu-west-1',
      });
      expect(Object.keys(record.attributes).sort()).toEqual([
        'ApproximateFirstReceiveTimestamp',
        'ApproximateReceiveCount',
        'SenderId',
        'SentTimestamp',
      ]);
    }
  });

  it('gives every message its own id', () => {
    // Prepare
    const count = 10;

    // Act
    const event = sqsEvent({ count });

    // Assess
    expect(new Set(event.Records.map((record) => record.messageId)).size).toBe(count);
  });

  it('makes the same event from the same seed and another from another seed', () => {
    // Prepare
    const options = { count: 4, seed: 'orders' };

    // Act
    const first = sqsEvent(options);
    const again = sqsEvent(options);
    const other = sqsEvent({ ...options, seed: 'payments' });

    // Assess
    expect(again).toEqual(first);
    expect(other.Records[0]?.messageId).not.toBe(first.Records[0]?.messageId);
  });

  it('JSON-encodes object bodies and keeps string bodies as they are', () => {
    // Prepare
    const bodies = [{ orderId: 'o-1' }, 'plain text'];

    // Act
    const event = sqsEvent({ bodies });

    // Assess
    expect(event.Records.map((record) => record.body)).toEqual(['{"orderId":"o-1"}', 'plain text']);
  });

  it('derives each body from its index when body is a function', () => {
    // Prepare
    const body = (index: number) => ({ sku: `sku-${index}` });

    // Act
    const event = sqsEvent({ count: 2, body });

    // Assess
    expect(event.Records.map((record) => JSON.parse(record.body))).toEqual([{ sku: 'sku-0' }, { sku: 'sku-1' }]);
  });

  it('puts bodies that are not JSON at the malformed indexes only', () => {
    // Prepare
    const malformed = [1, 3];

    // Act
    const event = sqsEvent({ count: 4, malformed });

    // Assess
    const parses = event.Records.map((record) => {
      try {
        JSON.parse(record.body);
        return true;
      } catch {
        return false;
      }
    });
    expect(parses).toEqual([true, false, true, false]);
  });

  it('gives FIFO records their group ids in turn, deduplication ids and increasing sequence numbers', () => {
    // Prepare
    const fifo = { groupIds: ['a', 'b'] };

    // Act
    const event = sqsEvent({ count: 3, fifo });

    // Assess
    const attributes = event.Records.map((record) => record.attributes);
    expect(attributes.map((a) => a.MessageGroupId)).toEqual(['a', 'b', 'a']);
    expect(attributes.every((a) => a.MessageDeduplicationId?.length === 64)).toBe(true);
    const sequenceNumbers = attributes.map((a) => BigInt(a.SequenceNumber ?? '0'));
    expect(sequenceNumbers[1]).toBeGreaterThan(sequenceNumbers[0] ?? 0n);
    expect(sequenceNumbers[2]).toBeGreaterThan(sequenceNumbers[1] ?? 0n);
    expect(event.Records[0]?.eventSourceARN).toMatch(/\.fifo$/);
  });

  it('refuses malformed indexes outside the batch', () => {
    // Prepare
    const options = { count: 2, malformed: [2] };

    // Act
    const act = () => sqsEvent(options);

    // Assess
    expect(act).toThrow(InvalidFactoryOptionsError);
    expect(act).toThrow(/malformed.*indexes 2/);
  });

  it('refuses a count that differs from the bodies given', () => {
    // Prepare
    const options = { count: 3, bodies: ['a'] };

    // Act
    const act = () => sqsEvent(options);

    // Assess
    expect(act).toThrow(/3 differs from the 1 payloads/);
  });
});
