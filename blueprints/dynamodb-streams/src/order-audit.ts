import type { DynamoDbEventName, DynamoDbStreamBatchItem } from '@lambda-blueprints/runtime';
import { ImpossibleStatusChangeError, MissingImageError } from './errors.js';
import type { Order, OrderStatus } from './schema.js';

/** The statuses each status may change to; a status may always stay as it is. */
const nextStatuses: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  PLACED: ['PAID', 'CANCELLED'],
  PAID: ['SHIPPED', 'CANCELLED'],
  SHIPPED: ['DELIVERED'],
  DELIVERED: [],
  CANCELLED: [],
};

function required(image: Order | undefined, eventName: string, name: 'NewImage' | 'OldImage'): Order {
  if (image === undefined) throw new MissingImageError(eventName, name);
  return image;
}

function messageOf(eventName: DynamoDbEventName, order: Order, previous: Order | undefined): string {
  if (eventName === 'INSERT') return 'Order placed';
  if (eventName === 'REMOVE') return 'Order deleted';
  return previous?.status === order.status ? 'Order updated' : 'Order status changed';
}

/**
 * The business logic of this example: an audit trail of the orders table, one JSON log line per change (placed,
 * status changed, updated, deleted). A status change the lifecycle does not allow is refused: the throw stops the
 * batch at this record, Lambda retries from it and, after the mapping's retry attempts, sends the batch's description
 * to the on-failure queue. Replace this with your own logic; keep it idempotent, as a retry delivers the same records.
 */
export function auditOrderChange(change: DynamoDbStreamBatchItem<Order>): void {
  const { eventName, record } = change;
  const order =
    eventName === 'REMOVE'
      ? required(change.oldImage, eventName, 'OldImage')
      : required(change.newImage, eventName, 'NewImage');
  const previous = eventName === 'MODIFY' ? required(change.oldImage, eventName, 'OldImage') : undefined;
  if (previous && previous.status !== order.status && !nextStatuses[previous.status].includes(order.status)) {
    throw new ImpossibleStatusChangeError(order.pk, previous.status, order.status);
  }
  // A JSON line with a level: Lambda's JSON log format filters it by the function's application log level.
  const line = {
    timestamp: new Date().toISOString(),
    level: 'INFO',
    message: messageOf(eventName, order, previous),
    ...order,
    ...(previous && { previousStatus: previous.status }),
    sequenceNumber: record.dynamodb?.SequenceNumber,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
