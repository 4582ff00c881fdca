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

  it('makes DynamoDB INSERT, MODIFY and REMOVE changes with the images each has, whole', () => {
    // Act
    const event = generateEvent('dynamodb-streams', {
      count: 3,
      eventNames: ['INSERT', 'MODIFY', 'REMOVE'],
      body: '{"status":"paid"}',
    });

    // Assess
    expectTypeOf(event).toEqualTypeOf<DynamoDBStreamEvent>();
    const [insert, modify, remove] = event.Records;
    expect(insert?.dynamodb?.NewImage).toEqual({ pk: { S: 'item-1' }, status: { S: 'paid' } });
    expect(insert?.dynamodb).not.toHaveProperty('OldImage');
    expect(modify?.dynamodb).toMatchObject({
      NewImage: { pk: { S: 'item-2' }, status: { S: 'paid' } },
      OldImage: { pk: { S: 'item-2' }, status: { S: 'paid' } },
    });
    expect(remove).toMatchObject({ eventName: 'REMOVE' });
    expect(remove?.dynamodb?.OldImage).toEqual({ pk: { S: 'item-3' }, status: { S: 'paid' } });
    expect(remove?.dynamodb).not.toHaveProperty('NewImage');
  });

  it("keeps the body's own pk and sk as the key of every DynamoDB record", () => {
    // Act
    const event = generateEvent('dynamodb-streams', {
      count: 2,
      eventNames: ['MODIFY'],
      body: { pk: 'ORDER#7', sk: 'v1', status: 'PAID' },
    });

    // Assess
    const item = { pk: { S: 'ORDER#7' }, sk: { S: 'v1' }, status: { S: 'PAID' } };
    expect(event.Records.map((record) => record.dynamodb)).toEqual([
      expect.objectContaining({ Keys: { pk: item.pk, sk: item.sk }, NewImage: item, OldImage: item }),
      expect.objectContaining({ Keys: { pk: item.pk, sk: item.sk }, NewImage: item, OldImage: item }),
    ]);
  });

  it('keys the DynamoDB records by the key attributes given, numbering what the body lacks', () => {
    // Act
    const event = generateEvent('dynamodb-streams', {
      count: 2,
      body: { customerId: 'customer-1', status: 'PAID' },
      keyAttributes: [
        { name: 'customerId', type: 'S' },
        { name: 'orderNumber', type: 'N' },
      ],
    });

    // Assess
    expect(event.Records.map((record) => record.dynamodb?.Keys)).toEqual([
      { customerId: { S: 'customer-1' }, orderNumber: { N: '1' } },
      { customerId: { S: 'customer-1' }, orderNumber: { N: '2' } },
    ]);
    expect(event.Records[0]?.dynamodb?.NewImage).not.toHaveProperty('pk');
  });

  it('makes a malformed DynamoDB record whose attributes hold text that is not JSON', () => {
    // Act
    const event = generateEvent('dynamodb-streams', { count: 1, malformed: 1, body: { total: 12 } });

    // Assess
    const total = event.Records[0]?.dynamodb?.NewImage?.total?.S ?? '';
    expect(isJson(total)).toBe(false);
  });

  it('garbles the old image of a malformed REMOVE, the only image it has', () => {
    // Act
    const event = generateEvent('dynamodb-streams', {
      count: 2,
      malformed: 1,
      eventNames: ['REMOVE'],
      body: { pk: 'ORDER#7', total: 12 },
    });

    // Assess
    const [whole, malformed] = event.Records.map((record) => record.dynamodb?.OldImage?.total);
    expect(whole).toEqual({ N: '12' });
    expect(isJson(malformed?.S ?? '{}')).toBe(false);
  });

  it('refuses a body whose key is not a string, number or binary', () => {
    // Act
    const generate = () => generateEvent('dynamodb-streams', { body: { pk: { id: 7 } } });

    // Assess
    expect(generate).toThrow(InvalidSimulationOptionsError);
    expect(generate).toThrow('body.pk is {"id":7}, but it must be a string');
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
