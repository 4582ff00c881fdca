import type { OrderStatus } from './schema.js';

/** A status change the order's life cycle does not allow (e.g. from paid straight to delivered). */
export class InvalidStatusTransitionError extends Error {
  override readonly name = 'InvalidStatusTransitionError';

  constructor(
    readonly orderId: string,
    readonly from: OrderStatus,
    readonly to: OrderStatus,
    allowed: readonly OrderStatus[],
  ) {
    const next = allowed.length > 0 ? allowed.join(' or ') : 'nothing (it is final)';
    super(
      `Order ${orderId} cannot go from ${from} to ${to}: after ${from} comes ${next}. The later changes of this ` +
        'order wait behind this message in its group until it reaches the DLQ; fix the producer and redrive them.',
    );
  }
}
