import type { DynamodbChangeSpec } from '@lambda-blueprints/testing';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import type { Order, OrderStatus } from '../../src/schema.js';

/** A valid order just placed, the same for the same index; `overrides` replace its fields. */
export function order(index: number, overrides: Partial<Order> = {}): Order {
  return {
    pk: `ORDER#${String(index).padStart(4, '0')}`,
    customerId: `customer-${index % 5}`,
    status: 'PLACED',
    totalCents: 1_250 + index * 100,
    updatedAt: new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString(),
    ...overrides,
  };
}

/** The INSERT the table's stream records when the order is put. */
export const placed = (item: Order): DynamodbChangeSpec => ({
  eventName: 'INSERT',
  keys: { pk: item.pk },
  newImage: item,
});

/** The MODIFY the stream records when the order's status is set to `status`. */
export const statusSet = (item: Order, status: OrderStatus): DynamodbChangeSpec => ({
  eventName: 'MODIFY',
  keys: { pk: item.pk },
  oldImage: item,
  newImage: { ...item, status },
});

/** The REMOVE the stream records when the order is deleted. */
export const deleted = (item: Order): DynamodbChangeSpec => ({
  eventName: 'REMOVE',
  keys: { pk: item.pk },
  oldImage: item,
});

/** An item the schema refuses: an order with a status its lifecycle does not have and no customer. */
export function notAnOrder(index: number): Record<string, unknown> {
  const { customerId: _, ...withoutCustomer } = order(index);
  return { ...withoutCustomer, status: 'LOST' };
}

/** The event with record `index` stripped of its images, as a stream with the KEYS_ONLY view type sends it. */
export function withKeysOnlyAt(event: DynamoDBStreamEvent, index: number): DynamoDBStreamEvent {
  return {
    Records: event.Records.map((record, position) => {
      if (position !== index || record.dynamodb === undefined) return record;
      const { NewImage: _new, OldImage: _old, ...keysOnly } = record.dynamodb;
      return { ...record, dynamodb: { ...keysOnly, StreamViewType: 'KEYS_ONLY' } };
    }),
  };
}
