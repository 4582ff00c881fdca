import type { StandardSchemaV1 } from '@standard-schema/spec';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { InvalidBatchOptionsError, MissingItemIdentifierError, sqsBatch } from '../src/index.js';
import { capturedLines, lambdaContext, type Order, order, sqsEvent, sqsRecord } from './factories.js';
import { orderSchema } from './schemas.js';

function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

describe('sqsBatch', () => {
  it('returns no failures and hands every typed body to the record function when all succeed', async () => {
    // Prepare
    const orders = [order(), order(), order()];
    const seen: Order[] = [];
    const handler = sqsBatch({
      schema: orderSchema,
      handleRecord: ({ body }) => {
        expectTypeOf(body).toEqualTypeOf<Order>();
        seen.push(body);
      },
      writeLine: capturedLines().writeLine,
    });

    // Act
    const response = await handler(sqsEvent(orders.map((body) => sqsRecord({ body }))), lambdaContext());

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(seen).toEqual(orders);
  });

  it('reports a message whose body is not JSON and still runs the others', async () => {
    // Prepare
    const broken = sqsRecord({ rawBody: '{"orderId": "o-1", ' });
    const good = sqsRecord();
    const handleRecord = vi.fn();
    const handler = sqsBatch({ schema: orderSchema, handleRecord, writeLine: capturedLines().writeLine });

    // Act
    const response = await handler(sqsEvent([broken, good]), lambdaContext());

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: broken.messageId }]);
    expect(handleRecord).toHaveBeenCalledOnce();
    expect(handleRecord.mock.calls[0]?.[0].record).toBe(good);
  });

  it('reports a message that does not match the schema without calling the record function for it', async () => {
    // Prepare
    const invalid = sqsRecord({ body: { ...order(), amount: 'twelve' } });
    const handleRecord = vi.fn();
    const lines = capturedLines();
    const handler = sqsBatch({ schema: orderSchema, handleRecord, writeLine: lines.writeLine });

    // Act
    const response = await handler(sqsEvent([invalid]), lambdaContext());

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: invalid.messageId }]);
    expect(handleRecord).not.toHaveBeenCalled();
    expect(lines.logLines()[0]?.error).toMatchObject({
      name: 'RecordValidationError',
      message: expect.stringContaining('amount:'),
    });
  });

  it('reports a message whose record function throws', async () => {
    // Prepare
    const failing = sqsRecord({ body: order({ currency: 'XXX' }) });
    const handler = sqsBatch({
      schema: orderSchema,
      handleRecord: async ({ body }) => {
        if (body.currency === 'XXX') {
          throw new Error('unknown currency');
        }
      },
      writeLine: capturedLines().writeLine,
    });

    // Act
    const response = await handler(sqsEvent([sqsRecord(), failing, sqsRecord()]), lambdaContext());

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: failing.messageId }]);
  });

  it('decides records whose record function returns no promise: synchronous throws fail, plain returns succeed', async () => {
    // Prepare
    const failing = sqsRecord({ body: order({ currency: 'XXX' }) });
    const handler = sqsBatch({
      schema: orderSchema,
      handleRecord: ({ body }) => {
        if (body.currency === 'XXX') throw new Error('unknown currency');
      },
      writeLine: capturedLines().writeLine,
    });

    // Act
    const response = await handler(sqsEvent([sqsRecord(), failing, sqsRecord()]), lambdaContext());

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: failing.messageId }]);
  });

  it('waits for a thenable that is not a native promise, and reports the record when it rejects', async () => {
    // Prepare: a minimal Promises/A+ thenable, as another promise library would return.
    const failing = sqsRecord({ body: order({ currency: 'XXX' }) });
    const settledIds: string[] = [];
    const handler = sqsBatch({
      schema: orderSchema,
      handleRecord: ({ body, record }) =>
        ({
          // biome-ignore lint/suspicious/noThenProperty: a thenable that is not a Promise is what this test is about.
          then(onFulfilled: () => void, onRejected: (error: Error) => void) {
            setTimeout(() => {
              settledIds.push(record.messageId);
              if (body.currency === 'XXX') onRejected(new Error('unknown currency'));
              else onFulfilled();
            });
          },
        }) as unknown as Promise<void>,
      writeLine: capturedLines().writeLine,
    });
    const records = [sqsRecord(), failing];

    // Act
    const response = await handler(sqsEvent(records), lambdaContext());

    // Assess
    expect(settledIds.sort()).toEqual(records.map((record) => record.messageId).sort());
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: failing.messageId }]);
  });

  it('reports exactly the failed message ids, in batch order, whatever made them fail', async () => {
    // Prepare
    const records = [
      sqsRecord(),
      sqsRecord({ rawBody: 'not json' }),
      sqsRecord(),
      sqsRecord({ body: { orderId: 42 } }),
      sqsRecord({ body: order({ currency: 'XXX' }) }),
      sqsRecord(),
    ];
    const handler = sqsBatch({
      schema: orderSchema,
      concurrency: 3,
      handleRecord: async ({ body }) => {
        await nextMacrotask();
        if (body.currency === 'XXX') {
          throw new Error('unknown currency');
        }
      },
      writeLine: capturedLines().writeLine,
    });

    // Act
    const response = await handler(sqsEvent(records), lambdaContext());

    // Assess
    expect(response.batchItemFailures.map((failure) => failure.itemIdentifier)).toEqual([
      records[1]?.messageId,
      records[3]?.messageId,
      records[4]?.messageId,
    ]);
  });

  it.each([
    { concurrency: 1, records: 6, expectedPeak: 1 },
    { concurrency: 3, records: 10, expectedPeak: 3 },
    { concurrency: undefined, records: 25, expectedPeak: 10 },
    { concurrency: 50, records: 4, expectedPeak: 4 },
  ])(
    'never has more than $expectedPeak records in flight with concurrency $concurrency and $records records',
    async ({ concurrency, records, expectedPeak }) => {
      // Prepare
      let inFlight = 0;
      let peak = 0;
      let handled = 0;
      const handler = sqsBatch({
        concurrency,
        handleRecord: async () => {
          inFlight++;
          peak = Math.max(peak, inFlight);
          await nextMacrotask();
          inFlight--;
          handled++;
        },
        writeLine: capturedLines().writeLine,
      });

      // Act
      await handler(sqsEvent(Array.from({ length: records }, () => sqsRecord())), lambdaContext());

      // Assess
      expect(peak).toBe(expectedPeak);
      expect(handled).toBe(records);
    },
  );

  it('passes the body string untouched when no schema is given', async () => {
    // Prepare
    const bodies: string[] = [];
    const handler = sqsBatch({
      handleRecord: ({ body }) => {
        expectTypeOf(body).toEqualTypeOf<string>();
        bodies.push(body);
      },
      writeLine: capturedLines().writeLine,
    });

    // Act
    const response = await handler(sqsEvent([sqsRecord({ rawBody: 'plain text, not JSON' })]), lambdaContext());

    // Assess
    expect(response.batchItemFailures).toEqual([]);
    expect(bodies).toEqual(['plain text, not JSON']);
  });

  it('waits for a schema that validates asynchronously', async () => {
    // Prepare
    const asyncOrderId: StandardSchemaV1<unknown, { orderId: string }> = {
      '~standard': {
        version: 1,
        vendor: 'test',
        validate: async (value) => {
          await nextMacrotask();
          const orderId = (value as { orderId?: unknown }).orderId;
          return typeof orderId === 'string'
            ? { value: { orderId } }
            : { issues: [{ message: 'orderId must be a string', path: ['orderId'] }] };
        },
      },
    };
    const valid = sqsRecord({ body: { orderId: 'o-7' } });
    const invalid = sqsRecord({ body: { orderId: 7 } });
    const seen: string[] = [];
    const handler = sqsBatch({
      schema: asyncOrderId,
      handleRecord: ({ body }) => {
        seen.push(body.orderId);
      },
      writeLine: capturedLines().writeLine,
    });

    // Act
    const response = await handler(sqsEvent([valid, invalid]), lambdaContext());

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: invalid.messageId }]);
    expect(seen).toEqual(['o-7']);
  });

  it('passes the Lambda context to the record function', async () => {
    // Prepare
    const context = lambdaContext();
    const handleRecord = vi.fn();
    const handler = sqsBatch({ handleRecord, writeLine: capturedLines().writeLine });

    // Act
    await handler(sqsEvent([sqsRecord()]), context);

    // Assess
    expect(handleRecord.mock.calls[0]?.[1]).toBe(context);
  });

  it('fails the whole batch before running anything when a message has an empty messageId', async () => {
    // Prepare
    const handleRecord = vi.fn();
    const handler = sqsBatch({ handleRecord, writeLine: capturedLines().writeLine });
    const event = sqsEvent([sqsRecord(), sqsRecord({ messageId: '' })]);

    // Act
    const invocation = handler(event, lambdaContext());

    // Assess
    await expect(invocation).rejects.toThrow(MissingItemIdentifierError);
    await expect(invocation).rejects.toThrow('SQS record at Records[1] has no messageId');
    expect(handleRecord).not.toHaveBeenCalled();
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects concurrency %s when the handler is created', (concurrency) => {
    // Act
    const create = () => sqsBatch({ concurrency, handleRecord: () => undefined });

    // Assess
    expect(create).toThrow(InvalidBatchOptionsError);
    expect(create).toThrow(`concurrency must be a whole number of at least 1, got ${concurrency}`);
  });

  it('rejects a missing record function when the handler is created', () => {
    // Act
    const create = () => sqsBatch({} as Parameters<typeof sqsBatch>[0]);

    // Assess
    expect(create).toThrow('handleRecord must be the function called for each SQS record, got undefined');
  });
});
