import { InvalidStatusTransitionError } from './errors.js';
import type { OrderStatus, StatusChange } from './schema.js';

/** Where an order may go from each status. */
const nextStatuses: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  placed: ['paid', 'cancelled'],
  paid: ['shipped', 'cancelled'],
  shipped: ['delivered'],
  delivered: [],
  cancelled: [],
};

/**
 * The business rule of this example: a status change is accepted only when the life cycle allows it. A throw reports
 * the message, and every later message of its group, as batch item failures, so the order's changes are never applied
 * out of order. Replace this with your own logic (update the order in your store).
 */
export function acceptStatusChange(change: StatusChange): void {
  const allowed = nextStatuses[change.from];
  if (!allowed.includes(change.to)) {
    throw new InvalidStatusTransitionError(change.orderId, change.from, change.to, allowed);
  }
}
