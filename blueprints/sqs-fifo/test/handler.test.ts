import { batchItemFailuresAt, captureJsonLines, lambdaContext } from '@lambda-blueprints/testing';
import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { handler } from '../src/handler.js';
import {
  changesWithARefusedOne,
  statusChange,
  statusChangeEvent,
  statusChangeFailingTheSchema,
} from './support/status-change-factory.js';

/** Invokes the handler with `event`, keeping the JSON lines it logs. */
const invoke = (event: SQSEvent) => captureJsonLines(() => handler(event, lambdaContext()));

describe('handler', () => {
  it('reports no failure for valid changes of several orders', async () => {
    // Prepare
    const event = statusChangeEvent([
      statusChange('order-A', 'placed', 'paid'),
      statusChange('order-B', 'placed', 'paid'),
      statusChange('order-A', 'paid', 'shipped'),
      statusChange('order-B', 'paid', 'cancelled'),
    ]);

    // Act
    const { result: response } = await invoke(event);

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
  });

  it('reports a refused change and every later change of its order, while the other orders go on', async () => {
    // Prepare
    const event = statusChangeEvent(changesWithARefusedOne());

    // Act
    const { result: response } = await invoke(event);

    // Assess
    expect(response).toEqual({ batchItemFailures: batchItemFailuresAt(event, [2, 4]) });
  });

  it('holds back the rest of an order after a message that is not JSON or fails the schema', async () => {
    // Prepare
    const event = statusChangeEvent(
      [
        statusChange('order-A', 'placed', 'paid'),
        statusChangeFailingTheSchema('order-B'),
        statusChange('order-A', 'paid', 'shipped'),
        statusChange('order-B', 'paid', 'shipped'),
        statusChange('order-A', 'shipped', 'delivered'),
        statusChange('order-C', 'placed', 'paid'),
      ],
      { malformed: [2] },
    );

    // Act
    const { result: response } = await invoke(event);

    // Assess
    expect(response).toEqual({ batchItemFailures: batchItemFailuresAt(event, [1, 2, 3, 4]) });
  });

  it('logs why a change failed, and which failed message held back each later one of its group', async () => {
    // Prepare
    const event = statusChangeEvent([
      statusChange('order-A', 'paid', 'delivered'),
      statusChange('order-A', 'shipped', 'delivered'),
    ]);
    const [refused, heldBack] = event.Records;

    // Act
    const { lines } = await invoke(event);

    // Assess
    const failures = lines.filter((line) => line.level === 'ERROR' || line.level === 'WARN');
    expect(failures).toMatchObject([
      {
        level: 'ERROR',
        itemIdentifier: refused?.messageId,
        error: { name: 'InvalidStatusTransitionError', message: expect.stringMatching(/^Order order-A cannot go/) },
      },
      {
        level: 'WARN',
        itemIdentifier: heldBack?.messageId,
        messageGroupId: 'order-A',
        failedItemIdentifier: refused?.messageId,
      },
    ]);
  });

  it('runs no change of an order after its first failure', async () => {
    // Prepare
    const event = statusChangeEvent([
      statusChange('order-A', 'paid', 'delivered'),
      statusChange('order-A', 'delivered', 'cancelled'),
    ]);

    // Act
    const { lines } = await invoke(event);

    // Assess
    const errors = lines.filter((line) => line.level === 'ERROR');
    expect(errors.map((line) => line.itemIdentifier)).toEqual([event.Records[0]?.messageId]);
  });
});
