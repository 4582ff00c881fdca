import { describe, expect, it } from 'vitest';
import { OrderTotalMismatchError } from '../src/errors.js';
import { acceptOrder } from '../src/order-acceptance.js';
import { order } from './support/order-factory.js';

describe('acceptOrder', () => {
  it('accepts an order whose total is the sum of its lines', () => {
    // Prepare
    const placed = order({ lines: [{ sku: 'SKU-A', quantity: 3, unitPriceCents: 250 }], totalCents: 750 });

    // Act
    const act = () => acceptOrder(placed);

    // Assess
    expect(act).not.toThrow();
  });

  it('refuses an order whose total differs from its lines, naming both amounts', () => {
    // Prepare
    const placed = order({
      orderId: 'order-7',
      lines: [{ sku: 'SKU-A', quantity: 3, unitPriceCents: 250 }],
      totalCents: 700,
    });

    // Act
    const act = () => acceptOrder(placed);

    // Assess
    expect(act).toThrow(OrderTotalMismatchError);
    expect(act).toThrow('Order order-7 has totalCents 700 but its lines add up to 750.');
  });
});
