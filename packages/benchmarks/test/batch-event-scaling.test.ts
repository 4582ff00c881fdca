import { dynamodbStreamEvent, kinesisEvent, sqsEvent } from '@lambda-blueprints/testing';
import { describe, expect, it } from 'vitest';
import { scaleBatchEvent, UnscalableEventError } from '../src/index.js';

describe('scaleBatchEvent', () => {
  it('repeats the sample records in order up to the count asked for', () => {
    // Prepare
    const sample = sqsEvent({ bodies: [{ n: 1 }, { n: 2 }, { n: 3 }] });

    // Act
    const scaled = scaleBatchEvent(sample, 7);

    // Assess
    expect(scaled.Records.map((record) => JSON.parse(record.body).n)).toEqual([1, 2, 3, 1, 2, 3, 1]);
  });

  it('gives every SQS copy a message id of its own', () => {
    // Prepare
    const sample = sqsEvent({ count: 2 });

    // Act
    const scaled = scaleBatchEvent(sample, 50);

    // Assess
    expect(new Set(scaled.Records.map((record) => record.messageId)).size).toBe(50);
  });

  it('numbers FIFO messages in increasing order through the batch', () => {
    // Prepare
    const sample = sqsEvent({ count: 2, fifo: { groupIds: ['a', 'b'] } });

    // Act
    const scaled = scaleBatchEvent(sample, 5);

    // Assess
    const sequence = scaled.Records.map((record) => BigInt(record.attributes.SequenceNumber ?? '0'));
    expect(sequence.slice(1).every((value, index) => value === (sequence[index] as bigint) + 1n)).toBe(true);
  });

  it('gives Kinesis copies increasing sequence numbers, matching their event ids', () => {
    // Prepare
    const sample = kinesisEvent({ count: 3 });

    // Act
    const scaled = scaleBatchEvent(sample, 6);

    // Assess
    const sequence = scaled.Records.map((record) => record.kinesis.sequenceNumber);
    expect(sequence.map(BigInt)).toEqual([...sequence.map(BigInt)].sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(sequence).size).toBe(6);
    expect(scaled.Records.every((record) => record.eventID.endsWith(`:${record.kinesis.sequenceNumber}`))).toBe(true);
  });

  it('gives DynamoDB copies sequence numbers and event ids of their own', () => {
    // Prepare
    const sample = dynamodbStreamEvent({ records: [{ eventName: 'INSERT', keys: { pk: 'ORDER#1' } }] });

    // Act
    const scaled = scaleBatchEvent(sample, 4);

    // Assess
    expect(new Set(scaled.Records.map((record) => record.dynamodb?.SequenceNumber)).size).toBe(4);
    expect(new Set(scaled.Records.map((record) => record.eventID)).size).toBe(4);
  });

  it('leaves the sample as it was', () => {
    // Prepare
    const sample = sqsEvent({ count: 1 });
    const before = structuredClone(sample);

    // Act
    scaleBatchEvent(sample, 3);

    // Assess
    expect(sample).toEqual(before);
  });

  it('refuses records of a source it does not know', () => {
    // Prepare
    const sample = { Records: [{ eventSource: 'aws:s3' }] };

    // Act
    const scaling = () => scaleBatchEvent(sample, 10);

    // Assess
    expect(scaling).toThrow(UnscalableEventError);
    expect(scaling).toThrow(/aws:s3/);
  });

  it('refuses a sample without records', () => {
    // Act
    const scaling = () => scaleBatchEvent({ Records: [] }, 10);

    // Assess
    expect(scaling).toThrow(UnscalableEventError);
  });
});
