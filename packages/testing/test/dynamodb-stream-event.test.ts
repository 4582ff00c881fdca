import type { DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { dynamodbStreamEvent, InvalidFactoryOptionsError } from '../src/index.js';

describe('dynamodbStreamEvent', () => {
  it('makes real-shaped records with NEW_AND_OLD_IMAGES', () => {
    // Prepare
    const records = [{ eventName: 'INSERT' as const, keys: { pk: 'order#1' }, newImage: { total: 12 } }];

    // Act
    const event = dynamodbStreamEvent({ records });

    // Assess
    expectTypeOf(event).toEqualTypeOf<DynamoDBStreamEvent>();
    const [record] = event.Records;
    expect(record).toMatchObject({ eventName: 'INSERT', eventVersion: '1.1', eventSource: 'aws:dynamodb' });
    expect(record?.eventID).toMatch(/^[0-9a-f]{32}$/);
    expect(record?.eventSourceARN).toMatch(/^arn:aws:dynamodb:us-east-1:\d{12}:table\/[^/]+\/stream\//);
    expect(record?.dynamodb).toMatchObject({
      Keys: { pk: { S: 'order#1' } },
      NewImage: { pk: { S: 'order#1' }, total: { N: '12' } },
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    });
    expect(record?.dynamodb?.SizeBytes).toBeGreaterThan(0);
    expect(Number.isInteger(record?.dynamodb?.ApproximateCreationDateTime)).toBe(true);
  });

  it('gives a MODIFY both images and a REMOVE only the old one', () => {
    // Prepare
    const records = [
      { eventName: 'MODIFY' as const, keys: { pk: 'a' }, oldImage: { n: 1 }, newImage: { n: 2 } },
      { eventName: 'REMOVE' as const, keys: { pk: 'a' }, oldImage: { n: 2 } },
    ];

    // Act
    const event = dynamodbStreamEvent({ records });

    // Assess
    const [modify, remove] = event.Records.map((record) => record.dynamodb);
    expect(modify?.OldImage).toEqual({ pk: { S: 'a' }, n: { N: '1' } });
    expect(modify?.NewImage).toEqual({ pk: { S: 'a' }, n: { N: '2' } });
    expect(remove?.OldImage).toEqual({ pk: { S: 'a' }, n: { N: '2' } });
    expect(remove).not.toHaveProperty('NewImage');
  });

  it('numbers records in increasing order', () => {
    // Prepare
    const records = Array.from({ length: 5 }, (_, index) => ({ eventName: 'INSERT' as const, keys: { pk: index } }));

    // Act
    const event = dynamodbStreamEvent({ records });

    // Assess
    const numbers = event.Records.map((record) => BigInt(record.dynamodb?.SequenceNumber ?? '0'));
    expect(numbers.every((value, index) => index === 0 || value > (numbers[index - 1] ?? 0n))).toBe(true);
  });

  it('makes the same event from the same seed', () => {
    // Prepare
    const options = { records: [{ eventName: 'INSERT' as const, keys: { pk: 1 } }], seed: 'x' };

    // Act
    const first = dynamodbStreamEvent(options);
    const again = dynamodbStreamEvent(options);

    // Assess
    expect(again).toEqual(first);
  });

  it('refuses a new image on a REMOVE', () => {
    // Prepare
    const records = [{ eventName: 'REMOVE' as const, keys: { pk: 1 }, newImage: { a: 1 } }];

    // Act
    const act = () => dynamodbStreamEvent({ records });

    // Assess
    expect(act).toThrow(InvalidFactoryOptionsError);
    expect(act).toThrow(/records\[0\]\.newImage/);
  });
});
