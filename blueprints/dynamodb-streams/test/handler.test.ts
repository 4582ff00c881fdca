import { captureJsonLines, dynamodbStreamEvent, lambdaContext } from '@lambda-blueprints/testing';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { handler } from '../src/handler.js';
import { auditLines } from './support/audit-log-lines.js';
import { deleted, notAnOrder, order, placed, statusSet, withKeysOnlyAt } from './support/order-factory.js';

const sequenceNumberAt = (event: DynamoDBStreamEvent, index: number): string =>
  event.Records[index]?.dynamodb?.SequenceNumber ?? 'no such record';

/** Invokes the handler with `event`, keeping the JSON lines it logs. */
const invoke = (event: DynamoDBStreamEvent) => captureJsonLines(() => handler(event, lambdaContext()));

describe('the DynamoDB Streams blueprint handler', () => {
  it('audits an order placed, paid and deleted, each from the image its change carries', async () => {
    // Prepare
    const placedOrder = order(1);
    const paidOrder = { ...placedOrder, status: 'PAID' as const };
    const event = dynamodbStreamEvent({
      records: [placed(placedOrder), statusSet(placedOrder, 'PAID'), deleted(paidOrder)],
    });

    // Act
    const { result: response, lines } = await invoke(event);

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(auditLines(lines)).toEqual([
      expect.objectContaining({ message: 'Order placed', ...placedOrder, sequenceNumber: sequenceNumberAt(event, 0) }),
      expect.objectContaining({ message: 'Order status changed', ...paidOrder, previousStatus: 'PLACED' }),
      expect.objectContaining({ message: 'Order deleted', ...paidOrder, sequenceNumber: sequenceNumberAt(event, 2) }),
    ]);
  });

  it('audits a change that keeps the status as an update', async () => {
    // Prepare
    const before = order(2);
    const after = { ...before, totalCents: before.totalCents + 500 };
    const event = dynamodbStreamEvent({
      records: [{ eventName: 'MODIFY', keys: { pk: before.pk }, oldImage: before, newImage: after }],
    });

    // Act
    const { lines } = await invoke(event);

    // Assess
    expect(auditLines(lines)).toEqual([expect.objectContaining({ message: 'Order updated', ...after })]);
  });

  it('stops at an impossible status change, reports exactly its sequence number and leaves the rest untouched', async () => {
    // Prepare
    const event = dynamodbStreamEvent({
      records: [placed(order(1)), statusSet(order(2), 'DELIVERED'), placed(order(3)), placed(order(4))],
    });

    // Act
    const { result: response, lines } = await invoke(event);

    // Assess
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: sequenceNumberAt(event, 1) }] });
    expect(auditLines(lines).map((line) => line.pk)).toEqual([order(1).pk]);
    expect(lines).toContainEqual(
      expect.objectContaining({ error: expect.objectContaining({ name: 'ImpossibleStatusChangeError' }) }),
    );
  });

  it('stops at a new image that is not an order', async () => {
    // Prepare
    const event = dynamodbStreamEvent({
      records: [placed(order(1)), { eventName: 'INSERT', keys: { pk: 'ORDER#0002' }, newImage: notAnOrder(2) }],
    });

    // Act
    const { result: response, lines } = await invoke(event);

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: sequenceNumberAt(event, 1) }]);
    expect(lines).toContainEqual(
      expect.objectContaining({ error: expect.objectContaining({ name: 'RecordValidationError' }) }),
    );
  });

  it('validates the old image of a removal, the only image it carries', async () => {
    // Prepare
    const event = dynamodbStreamEvent({
      records: [{ eventName: 'REMOVE', keys: { pk: 'ORDER#0003' }, oldImage: notAnOrder(3) }, deleted(order(4))],
    });

    // Act
    const { result: response, lines } = await invoke(event);

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: sequenceNumberAt(event, 0) }]);
    expect(auditLines(lines)).toEqual([]);
  });

  it('stops at a change without images, as a stream with the KEYS_ONLY view type sends it', async () => {
    // Prepare
    const event = withKeysOnlyAt(dynamodbStreamEvent({ records: [placed(order(1)), placed(order(2))] }), 0);

    // Act
    const { result: response, lines } = await invoke(event);

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: sequenceNumberAt(event, 0) }]);
    expect(lines).toContainEqual(
      expect.objectContaining({ error: expect.objectContaining({ name: 'MissingImageError' }) }),
    );
  });
});
