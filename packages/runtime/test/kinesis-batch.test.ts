import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { type KinesisBatchItem, kinesisBatch, MissingItemIdentifierError } from '../src/index.js';
import {
  capturedLines,
  cloudWatchLogsPayload,
  kinesisEvent,
  kinesisRecord,
  lambdaContext,
  type Order,
  order,
} from './factories.js';
import { orderSchema } from './schemas.js';

function sequenceNumbersOf(items: KinesisBatchItem<unknown>[]): string[] {
  return items.map((item) => item.record.kinesis.sequenceNumber);
}

describe('kinesisBatch', () => {
  it('hands every record to the record function in order when all succeed', async () => {
    // Prepare
    const orders = [order(), order(), order(), order()];
    const seen: Order[] = [];
    const handler = kinesisBatch({
      schema: orderSchema,
      handleRecord: ({ data }) => {
        expectTypeOf(data).toEqualTypeOf<Order>();
        seen.push(data);
      },
      writeLine: capturedLines().writeLine,
    });

    // Act
    const response = await handler(kinesisEvent(orders.map((data) => kinesisRecord({ data }))), lambdaContext());

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(seen).toEqual(orders);
  });

  it('stops at the first failing record and reports exactly its sequence number', async () => {
    // Prepare
    const records = [order(), order(), order({ currency: 'XXX' }), order(), order()].map((data) =>
      kinesisRecord({ data }),
    );
    const handled: KinesisBatchItem<Order>[] = [];
    const handler = kinesisBatch({
      schema: orderSchema,
      handleRecord: async (item) => {
        handled.push(item);
        if (item.data.currency === 'XXX') {
          throw new Error('unknown currency');
        }
      },
      writeLine: capturedLines().writeLine,
    });

    // Act
    const response = await handler(kinesisEvent(records), lambdaContext());

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: records[2]?.kinesis.sequenceNumber }]);
    expect(sequenceNumbersOf(handled)).toEqual(records.slice(0, 3).map((record) => record.kinesis.sequenceNumber));
  });

  it.each([
    {
      payload: 'data that is not base64',
      record: () => kinesisRecord({ rawData: '{"orderId":"o-1"}' }),
      error: 'RecordDecodeError',
    },
    {
      payload: 'base64 of text that is not JSON',
      record: () => kinesisRecord({ rawData: btoa('orderId=o-1') }),
      error: 'RecordDecodeError',
    },
    {
      payload: 'JSON that does not match the schema',
      record: () => kinesisRecord({ data: { orderId: 1 } }),
      error: 'RecordValidationError',
    },
    {
      payload: 'bytes that are not UTF-8',
      record: () => kinesisRecord({ rawData: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('base64') }),
      error: 'RecordDecodeError',
    },
    {
      payload: 'gzip magic bytes without a gzip stream',
      record: () => kinesisRecord({ rawData: Buffer.from([0x1f, 0x8b, 0x00, 0x01]).toString('base64') }),
      error: 'RecordDecodeError',
    },
  ])(
    'reports a record carrying $payload as a $error and leaves the later records untouched',
    async ({ record, error }) => {
      // Prepare
      const before = kinesisRecord();
      const malformed = record();
      const after = kinesisRecord();
      const handleRecord = vi.fn();
      const lines = capturedLines();
      const handler = kinesisBatch({ schema: orderSchema, handleRecord, writeLine: lines.writeLine });

      // Act
      const response = await handler(kinesisEvent([before, malformed, after]), lambdaContext());

      // Assess
      expect(response.batchItemFailures).toEqual([{ itemIdentifier: malformed.kinesis.sequenceNumber }]);
      expect(handleRecord.mock.calls.map(([item]) => item.record)).toEqual([before]);
      expect(lines.logLines()).toEqual([expect.objectContaining({ error: expect.objectContaining({ name: error }) })]);
    },
  );

  it('decodes gzip-compressed JSON such as a CloudWatch Logs subscription sends', async () => {
    // Prepare
    const payload = cloudWatchLogsPayload(['GET /orders 200', 'GET /orders/1 404']);
    const logsSchema = z.object({
      logGroup: z.string(),
      logEvents: z.array(z.object({ id: z.string(), timestamp: z.number(), message: z.string() })),
    });
    const messages: string[] = [];
    const handler = kinesisBatch({
      schema: logsSchema,
      handleRecord: ({ data }) => {
        messages.push(...data.logEvents.map((logEvent) => logEvent.message));
      },
      writeLine: capturedLines().writeLine,
    });

    // Act
    const response = await handler(kinesisEvent([kinesisRecord({ data: payload, gzip: true })]), lambdaContext());

    // Assess
    expect(response.batchItemFailures).toEqual([]);
    expect(messages).toEqual(['GET /orders 200', 'GET /orders/1 404']);
  });

  it('passes the decoded text when no schema is given', async () => {
    // Prepare
    const texts: string[] = [];
    const handler = kinesisBatch({
      handleRecord: ({ data }) => {
        expectTypeOf(data).toEqualTypeOf<string>();
        texts.push(data);
      },
      writeLine: capturedLines().writeLine,
    });

    // Act
    await handler(kinesisEvent([kinesisRecord({ rawData: btoa('temperature=21.5') })]), lambdaContext());

    // Assess
    expect(texts).toEqual(['temperature=21.5']);
  });

  it('fails the whole batch before running anything when a record has no sequence number', async () => {
    // Prepare
    const handleRecord = vi.fn();
    const handler = kinesisBatch({ handleRecord, writeLine: capturedLines().writeLine });
    const unnumbered = kinesisRecord({ sequenceNumber: '' });

    // Act
    const invocation = handler(kinesisEvent([kinesisRecord(), unnumbered]), lambdaContext());

    // Assess
    await expect(invocation).rejects.toThrow(MissingItemIdentifierError);
    await expect(invocation).rejects.toThrow(
      `Kinesis record at Records[1] (eventID "${unnumbered.eventID}") has no kinesis.sequenceNumber`,
    );
    expect(handleRecord).not.toHaveBeenCalled();
  });
});
