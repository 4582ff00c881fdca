import { dynamodbStreamEvent, kinesisEvent, sqsEvent } from '@lambda-blueprints/testing';
import { describe, expect, it } from 'vitest';
import { sourceRecordId } from '../../src/sinks/source-record.js';

describe('sourceRecordId', () => {
  it('is the message id of an SQS record', () => {
    // Prepare
    const [record] = sqsEvent({ count: 1, seed: 'id-sqs' }).Records;

    // Act / Assess
    expect(record && sourceRecordId(record)).toBe(record?.messageId);
  });

  it('is the sequence number of a Kinesis record', () => {
    // Prepare
    const [record] = kinesisEvent({ count: 1, seed: 'id-kinesis' }).Records;

    // Act / Assess
    expect(record && sourceRecordId(record)).toBe(record?.kinesis.sequenceNumber);
  });

  it('is the event id of a DynamoDB stream record', () => {
    // Prepare
    const [record] = dynamodbStreamEvent({
      records: [{ eventName: 'INSERT', keys: { pk: 'a' }, newImage: { pk: 'a' } }],
      seed: 'id-dynamodb',
    }).Records;

    // Act / Assess
    expect(record?.eventID).toBeDefined();
    expect(record && sourceRecordId(record)).toBe(record?.eventID);
  });
});
