import type { DynamoDBStreamEvent, KinesisStreamEvent, SQSEvent } from 'aws-lambda';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { generateEvent, InvalidSimulationOptionsError } from '../../src/index.js';

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('generateEvent', () => {
  it('makes count SQS records with the body given', () => {
    // Act
    const event = generateEvent('sqs', { count: 25, body: { orderId: 'o-1' } });

    // Assess
    expectTypeOf(event).toEqualTypeOf<SQSEvent>();
    expect(event.Records).toHaveLength(25);
    expect(new Set(event.Records.map((record) => record.body))).toEqual(new Set(['{"orderId":"o-1"}']));
  });

  it('spreads the malformed records evenly through the batch', () => {
    // Act
    const event = generateEvent('sqs', { count: 10, malformed: 3 });

    // Assess
    const malformed = event.Records.flatMap((record, index) => (isJson(record.body) ? [] : [index]));
    expect(malformed).toEqual([1, 5, 8]);
  });

  it('puts FIFO records into the given message groups in turn', () => {
    // Act
    const event = generateEvent('sqs-fifo', { count: 4, groupIds: ['a', 'b'] });

    // Assess
    expect(event.Records.map((record) => record.attributes.MessageGroupId)).toEqual(['a', 'b', 'a', 'b']);
    expect(event.Records[0]?.eventSourceARN).toMatch(/\.fifo$/);
  });

  it('uses a text body as it is, for Kinesis data too', () => {
    // Act
    const event = generateEvent('kinesis', { count: 2, body: 'plain text', partitionKeys: ['k1', 'k2'] });

    // Assess
    expectTypeOf(event).toEqualTypeOf<KinesisStreamEvent>();
    expect(event.Records.map((record) => Buffer.from(record.kinesis.data, 'base64').toString())).toEqual([
      'plain text',
      'plain text',
    ]);
    expect(event.Records.map((record) => record.kinesis.partitionKey)).toEqual(['k1', 'k2']);
  });

  it('makes DynamoDB INSERT, MODIFY and REMOVE changes with the images each has', () => {
    // Act
    const event = generateEvent('dynamodb-streams', {
      count: 3,
      eventNames: ['INSERT', 'MODIFY', 'REMOVE'],
      body: '{"status":"paid"}',
    });

    // Assess
    expectTypeOf(event).toEqualTypeOf<DynamoDBStreamEvent>();
    const [insert, modify, remove] = event.Records;
    expect(insert?.dynamodb).toMatchObject({ NewImage: { pk: { S: 'item-1' }, status: { S: 'paid' } } });
    expect(insert?.dynamodb).not.toHaveProperty('OldImage');
    expect(modify?.dynamodb).toMatchObject({ NewImage: { status: { S: 'paid' } }, OldImage: { pk: { S: 'item-2' } } });
    expect(remove).toMatchObject({ eventName: 'REMOVE', dynamodb: { OldImage: { pk: { S: 'item-3' } } } });
    expect(remove?.dynamodb).not.toHaveProperty('NewImage');
  });

  it('makes a malformed DynamoDB record whose attributes hold text that is not JSON', () => {
    // Act
    const event = generateEvent('dynamodb-streams', { count: 1, malformed: 1, body: { total: 12 } });

    // Assess
    const total = event.Records[0]?.dynamodb?.NewImage?.total?.S ?? '';
    expect(isJson(total)).toBe(false);
  });

  it('makes the same event from the same seed', () => {
    // Act
    const first = generateEvent('kinesis', { count: 3, seed: 'events' });
    const again = generateEvent('kinesis', { count: 3, seed: 'events' });

    // Assess
    expect(again).toEqual(first);
  });

  it('refuses more malformed records than records', () => {
    // Act
    const generate = () => generateEvent('sqs', { count: 2, malformed: 3 });

    // Assess
    expect(generate).toThrow(InvalidSimulationOptionsError);
  });
});
