import { sqsEvent } from '@lambda-blueprints/testing';
import type { SQSEvent } from 'aws-lambda';
import type { OrderStatus, StatusChange } from '../../src/schema.js';

// When an order reaches each status, so the same change always has the same time.
const hourOfStatus: Readonly<Record<OrderStatus, number>> = {
  placed: 9,
  paid: 10,
  shipped: 14,
  delivered: 16,
  cancelled: 11,
};

/** A status change of `orderId`, at the hour its order reached `to` on 2025-01-01. */
export function statusChange(orderId: string, from: OrderStatus, to: OrderStatus): StatusChange {
  return { orderId, from, to, changedAt: new Date(Date.UTC(2025, 0, 1, hourOfStatus[to])).toISOString() };
}

/**
 * Changes of two orders, interleaved as they are sent: order-A's paid -> delivered (index 2) skips shipping and is
 * refused, so order-A's later change (index 4) must wait behind it; every change of order-B is valid.
 */
export function changesWithARefusedOne(): StatusChange[] {
  return [
    statusChange('order-A', 'placed', 'paid'),
    statusChange('order-B', 'placed', 'paid'),
    statusChange('order-A', 'paid', 'delivered'),
    statusChange('order-B', 'paid', 'shipped'),
    statusChange('order-A', 'shipped', 'delivered'),
    statusChange('order-B', 'shipped', 'delivered'),
  ];
}

/** A change the schema refuses: valid JSON, but its time is not an ISO date-time. */
export function statusChangeFailingTheSchema(orderId: string): { orderId: string; [field: string]: unknown } {
  return { ...statusChange(orderId, 'placed', 'paid'), changedAt: 'yesterday' };
}

/**
 * An SQS FIFO batch of these changes in this order, each in its order's message group as the producer sends them;
 * `malformed` lists the positions whose body is replaced by text that is not JSON (they keep their group).
 */
export function statusChangeEvent(
  changes: readonly { orderId: unknown }[],
  options: { malformed?: number[]; seed?: string } = {},
): SQSEvent {
  return sqsEvent({ bodies: changes, fifo: { groupIds: changes.map((change) => String(change.orderId)) }, ...options });
}
