import { describe, expect, it, vi } from 'vitest';
import { MalformedEventError, sqsFifoBatch } from '../src/index.js';
import { capturedLines, lambdaContext, order, sqsEvent, sqsRecord } from './factories.js';
import { orderSchema } from './schemas.js';

function fifoRecords(groups: string[]) {
  return groups.map((group, index) =>
    sqsRecord({ messageGroupId: group, body: order({ orderId: `${group}${index}` }) }),
  );
}

describe('sqsFifoBatch', () => {
  it('reports the failed message and the later messages of its group, and goes on with other groups', async () => {
    // Prepare
    const records = fifoRecords(['A', 'B', 'A', 'B', 'A', 'B']);
    const failingOrderId = 'A2';
    const ran: string[] = [];
    const handler = sqsFifoBatch({
      schema: orderSchema,
      handleRecord: ({ body }) => {
        ran.push(body.orderId);
        if (body.orderId === failingOrderId) {
          throw new Error('payment declined');
        }
      },
      writeLine: capturedLines().writeLine,
    });

    // Act
    const response = await handler(sqsEvent(records), lambdaContext());

    // Assess
    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: records[2]?.messageId },
      { itemIdentifier: records[4]?.messageId },
    ]);
    expect(ran).toEqual(['A0', 'B1', 'A2', 'B3', 'B5']);
  });

  it('treats a message that fails to decode like one that throws: its group stops there', async () => {
    // Prepare
    const broken = sqsRecord({ messageGroupId: 'A', rawBody: '<order/>' });
    const laterInA = sqsRecord({ messageGroupId: 'A' });
    const inB = sqsRecord({ messageGroupId: 'B' });
    const handleRecord = vi.fn();
    const handler = sqsFifoBatch({ schema: orderSchema, handleRecord, writeLine: capturedLines().writeLine });

    // Act
    const response = await handler(sqsEvent([broken, laterInA, inB]), lambdaContext());

    // Assess
    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: broken.messageId },
      { itemIdentifier: laterInA.messageId },
    ]);
    expect(handleRecord.mock.calls.map(([item]) => item.record)).toEqual([inB]);
  });

  it('runs messages one at a time in batch order', async () => {
    // Prepare
    const records = fifoRecords(['A', 'B', 'C', 'A', 'B', 'C']);
    let inFlight = 0;
    let peak = 0;
    const ran: string[] = [];
    const handler = sqsFifoBatch({
      schema: orderSchema,
      handleRecord: async ({ body }) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        ran.push(body.orderId);
        inFlight--;
      },
      writeLine: capturedLines().writeLine,
    });

    // Act
    await handler(sqsEvent(records), lambdaContext());

    // Assess
    expect(peak).toBe(1);
    expect(ran).toEqual(['A0', 'B1', 'C2', 'A3', 'B4', 'C5']);
  });

  it('logs each skipped message with its group and the message that failed first', async () => {
    // Prepare
    const records = fifoRecords(['A', 'A']);
    const [first, second] = records;
    const lines = capturedLines();
    const handler = sqsFifoBatch({
      handleRecord: () => {
        throw new Error('downstream unavailable');
      },
      writeLine: lines.writeLine,
    });

    // Act
    await handler(sqsEvent(records), lambdaContext());

    // Assess
    expect(lines.logLines()).toEqual([
      expect.objectContaining({ level: 'ERROR', itemIdentifier: first?.messageId }),
      expect.objectContaining({
        level: 'WARN',
        itemIdentifier: second?.messageId,
        messageGroupId: 'A',
        failedItemIdentifier: first?.messageId,
      }),
    ]);
  });

  it('fails the whole batch before running anything when a message has no MessageGroupId', async () => {
    // Prepare
    const handleRecord = vi.fn();
    const handler = sqsFifoBatch({ handleRecord, writeLine: capturedLines().writeLine });
    const standardQueueRecord = sqsRecord();

    // Act
    const invocation = handler(sqsEvent([...fifoRecords(['A']), standardQueueRecord]), lambdaContext());

    // Assess
    await expect(invocation).rejects.toThrow(MalformedEventError);
    await expect(invocation).rejects.toThrow(
      `Expected SQS FIFO records with attributes.MessageGroupId, got none at Records[1] (messageId "${standardQueueRecord.messageId}")`,
    );
    expect(handleRecord).not.toHaveBeenCalled();
  });
});
