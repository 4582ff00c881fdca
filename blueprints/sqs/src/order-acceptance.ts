import { OrderTotalMismatchError } from './errors.js';
import type { Order } from './schema.js';

/**
 * The business rule of this example: an order is accepted only when its total is the sum of its lines. A throw
 * reports the message as a batch item failure, so SQS delivers it again and, after maxReceiveCount receives, moves
 * it to the dead-letter queue. Replace this with your own logic (store the order, call a service).
 */
export function acceptOrder(order: Order): void {
  const linesTotalCents = order.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
  if (linesTotalCents !== order.totalCents) {
    throw new OrderTotalMismatchError(order.orderId, order.totalCents, linesTotalCents);
  }
}
