import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { type DynamoDbStreamBatchItem, dynamodbStreamBatch, MissingItemIdentifierError } from '../src/index.js';
import { capturedLines, dynamodbEvent, dynamodbRecord, lambdaContext, type Order, order } from './factories.js';
import { orderSchema } from './schemas.js';

async function handleOne(record: ReturnType<typeof dynamodbRecord>) {
  const items: DynamoDbStreamBatchItem<Order>[] = [];
  const lines = capturedLines();
  const handler = dynamodbStreamBatch({
    schema: orderSchema,
    handleRecord: (item) => {
      expectTypeOf(item.newImage).toEqualTypeOf<Order | undefined>();
      items.push(item);
    },
    writeLine: lines.writeLine,
  });
  const response = await handler(dynamodbEvent([record]), lambdaContext());
  const errorNames = lines.logLines().map((line) => (line.error as { name: string }).name);
  return { response, items, errorNames };
}

describe('dynamodbStreamBatch', () => {
  it('hands an INSERT its keys and new image as plain values, with no old image', async () => {
    // Prepare
    const inserted = order();

    // Act
    const { response, items } = await handleOne(dynamodbRecord({ eventName: 'INSERT', newImage: inserted }));

    // Assess
    expect(response.batchItemFailures).toEqual([]);
    expect(items).toEqual([
      expect.objectContaining({
        eventName: 'INSERT',
        keys: { orderId: inserted.orderId },
        newImage: inserted,
        oldImage: undefined,
      }),
    ]);
  });

  it('hands a MODIFY both images', async () => {
    // Prepare
    const before = order({ amount: 10 });
    const after = { ...before, amount: 12 };

    // Act
    const { items } = await handleOne(dynamodbRecord({ eventName: 'MODIFY', oldImage: before, newImage: after }));

    // Assess
    expect(items[0]).toMatchObject({ eventName: 'MODIFY', newImage: after, oldImage: before });
  });

  it('hands a REMOVE its old image only', async () => {
    // Prepare
    const removed = order();

    // Act
    const { items } = await handleOne(dynamodbRecord({ eventName: 'REMOVE', oldImage: removed }));

    // Assess
    expect(items[0]).toMatchObject({ eventName: 'REMOVE', newImage: undefined, oldImage: removed });
  });

  it.each([
    { eventName: 'INSERT', image: 'newImage' },
    { eventName: 'MODIFY', image: 'newImage' },
    { eventName: 'MODIFY', image: 'oldImage' },
    { eventName: 'REMOVE', image: 'oldImage' },
  ] as const)('reports a $eventName whose $image does not match the schema', async ({ eventName, image }) => {
    // Prepare
    const record = dynamodbRecord({ eventName, [image]: { ...order(), amount: 'a lot' } });

    // Act
    const { response, items, errorNames } = await handleOne(record);

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: record.dynamodb?.SequenceNumber }]);
    expect(errorNames).toEqual(['RecordValidationError']);
    expect(items).toEqual([]);
  });

  it('does not validate an image the event name does not carry', async () => {
    // Prepare
    const record = dynamodbRecord({ eventName: 'INSERT', oldImage: { unrelated: true } });

    // Act
    const { response, items } = await handleOne(record);

    // Assess
    expect(response.batchItemFailures).toEqual([]);
    expect(items[0]?.oldImage).toBeUndefined();
  });

  it('passes unvalidated plain images when no schema is given', async () => {
    // Prepare
    const images: Record<string, unknown>[] = [];
    const handler = dynamodbStreamBatch({
      handleRecord: ({ newImage }) => {
        expectTypeOf(newImage).toEqualTypeOf<Record<string, unknown> | undefined>();
        images.push(newImage ?? {});
      },
      writeLine: capturedLines().writeLine,
    });
    const anyShape = { pk: 'device#1', tags: ['a', 'b'], reading: { celsius: 21.5 } };

    // Act
    await handler(dynamodbEvent([dynamodbRecord({ keys: { pk: anyShape.pk }, newImage: anyShape })]), lambdaContext());

    // Assess
    expect(images).toEqual([anyShape]);
  });

  it('stops at the first failing record and reports exactly its sequence number', async () => {
    // Prepare
    const records = [order(), order({ currency: 'XXX' }), order()].map((newImage) => dynamodbRecord({ newImage }));
    const ran: string[] = [];
    const handler = dynamodbStreamBatch({
      schema: orderSchema,
      handleRecord: ({ newImage, record }) => {
        ran.push(record.dynamodb?.SequenceNumber ?? '');
        if (newImage?.currency === 'XXX') {
          throw new Error('unknown currency');
        }
      },
      writeLine: capturedLines().writeLine,
    });

    // Act
    const response = await handler(dynamodbEvent(records), lambdaContext());

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: records[1]?.dynamodb?.SequenceNumber }]);
    expect(ran).toEqual(records.slice(0, 2).map((record) => record.dynamodb?.SequenceNumber));
  });

  it('reports a record whose attribute values cannot be unmarshalled', async () => {
    // Prepare
    const record = dynamodbRecord();
    const newImage = record.dynamodb?.NewImage;
    if (newImage) {
      newImage.amount = { N: '123456789012345678901234567890.5' };
    }

    // Act
    const { response, errorNames } = await handleOne(record);

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: record.dynamodb?.SequenceNumber }]);
    expect(errorNames).toEqual(['RecordDecodeError']);
  });

  it('reports a record with an event name other than INSERT, MODIFY or REMOVE', async () => {
    // Prepare
    const record = { ...dynamodbRecord(), eventName: 'TRUNCATE' } as unknown as ReturnType<typeof dynamodbRecord>;

    // Act
    const { response, errorNames } = await handleOne(record);

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: record.dynamodb?.SequenceNumber }]);
    expect(errorNames).toEqual(['RecordDecodeError']);
  });

  it('fails the whole batch, naming the position and eventID, when a record has no sequence number', async () => {
    // Prepare
    const handleRecord = vi.fn();
    const handler = dynamodbStreamBatch({ handleRecord, writeLine: capturedLines().writeLine });
    const unnumbered = dynamodbRecord({ sequenceNumber: null });

    // Act
    const invocation = handler(dynamodbEvent([dynamodbRecord(), dynamodbRecord(), unnumbered]), lambdaContext());

    // Assess
    await expect(invocation).rejects.toThrow(MissingItemIdentifierError);
    await expect(invocation).rejects.toThrow(
      `DynamoDB record at Records[2] (eventID "${unnumbered.eventID}") has no dynamodb.SequenceNumber`,
    );
    expect(handleRecord).not.toHaveBeenCalled();
  });
});
