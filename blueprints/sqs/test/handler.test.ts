import { lambdaContext, sqsEvent } from '@lambda-blueprints/testing';
import { describe, expect, it } from 'vitest';
import { handler } from '../src/handler.js';
import { captureLogLines } from './support/log-lines.js';
import { order, orderFailingTheSchema, orderWithWrongTotal } from './support/order-factory.js';

const logLines = captureLogLines();
const messageIdsAt = (event: ReturnType<typeof sqsEvent>, indexes: number[]) =>
  indexes.map((index) => ({ itemIdentifier: event.Records[index]?.messageId }));

describe('handler', () => {
  it('reports no failure for a batch of valid orders', async () => {
    // Prepare
    const event = sqsEvent({ bodies: [order({ orderId: 'a' }), order({ orderId: 'b' }), order({ orderId: 'c' })] });

    // Act
    const response = await handler(event, lambdaContext());

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
  });

  it('reports exactly the messages that are not JSON, fail the schema or are refused', async () => {
    // Prepare
    const event = sqsEvent({
      bodies: [order(), null, orderFailingTheSchema(), orderWithWrongTotal(), order({ orderId: 'last' })],
      malformed: [1],
    });

    // Act
    const response = await handler(event, lambdaContext());

    // Assess
    expect(response).toEqual({ batchItemFailures: messageIdsAt(event, [1, 2, 3]) });
  });

  it('logs why each message failed, without its body', async () => {
    // Prepare
    const event = sqsEvent({ bodies: [null, orderFailingTheSchema(), orderWithWrongTotal('order-9')], malformed: [0] });

    // Act
    await handler(event, lambdaContext());

    // Assess
    const failures = logLines.filter((line) => line.level === 'ERROR');
    expect(failures.map((line) => [line.itemIdentifier, line.error?.name])).toEqual([
      [event.Records[0]?.messageId, 'RecordDecodeError'],
      [event.Records[1]?.messageId, 'RecordValidationError'],
      [event.Records[2]?.messageId, 'OrderTotalMismatchError'],
    ]);
    expect(failures[2]?.error?.message).toMatch(/order-9 .* lines add up to/);
    expect(failures.some((line) => 'payload' in line)).toBe(false);
  });

  it('names the invalid fields of a message that fails the schema', async () => {
    // Prepare
    const event = sqsEvent({ bodies: [orderFailingTheSchema()] });

    // Act
    await handler(event, lambdaContext());

    // Assess
    const [failure] = logLines.filter((line) => line.level === 'ERROR');
    const message = failure?.error?.message;
    expect(message).toContain('customerId');
    expect(message).toContain('lines.0.quantity');
  });

  it('counts the batch in one metric line', async () => {
    // Prepare
    const event = sqsEvent({ bodies: [order(), orderWithWrongTotal(), order({ orderId: 'x' })] });

    // Act
    await handler(event, lambdaContext());

    // Assess
    const metrics = logLines.filter((line) => '_aws' in line);
    expect(metrics).toHaveLength(1);
    expect(metrics[0]).toMatchObject({ BatchSize: 3, RecordsSucceeded: 2, RecordsFailed: 1 });
  });
});
