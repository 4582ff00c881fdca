import { batchItemFailuresAt, captureJsonLines, lambdaContext, sqsEvent } from '@lambda-blueprints/testing';
import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { handler } from '../src/handler.js';
import { order, orderFailingTheSchema, orderWithWrongTotal } from './support/order-factory.js';

/** Invokes the handler with `event`, keeping the JSON lines it logs. */
const invoke = (event: SQSEvent) => captureJsonLines(() => handler(event, lambdaContext()));

describe('handler', () => {
  it('reports no failure for a batch of valid orders', async () => {
    // Prepare
    const event = sqsEvent({ bodies: [order({ orderId: 'a' }), order({ orderId: 'b' }), order({ orderId: 'c' })] });

    // Act
    const { result: response } = await invoke(event);

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
    const { result: response } = await invoke(event);

    // Assess
    expect(response).toEqual({ batchItemFailures: batchItemFailuresAt(event, [1, 2, 3]) });
  });

  it('logs why each message failed, without its body', async () => {
    // Prepare
    const event = sqsEvent({ bodies: [null, orderFailingTheSchema(), orderWithWrongTotal('order-9')], malformed: [0] });

    // Act
    const { lines } = await invoke(event);

    // Assess
    const failures = lines.filter((line) => line.level === 'ERROR');
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
    const { lines } = await invoke(event);

    // Assess
    const [failure] = lines.filter((line) => line.level === 'ERROR');
    const message = failure?.error?.message;
    expect(message).toContain('customerId');
    expect(message).toContain('lines.0.quantity');
  });

  it('counts the batch in one metric line', async () => {
    // Prepare
    const event = sqsEvent({ bodies: [order(), orderWithWrongTotal(), order({ orderId: 'x' })] });

    // Act
    const { lines } = await invoke(event);

    // Assess
    const metrics = lines.filter((line) => '_aws' in line);
    expect(metrics).toHaveLength(1);
    expect(metrics[0]).toMatchObject({ BatchSize: 3, RecordsSucceeded: 2, RecordsFailed: 1 });
  });
});
