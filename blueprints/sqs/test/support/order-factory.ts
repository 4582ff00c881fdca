import type { Order } from '../../src/schema.js';

/** A valid order of two lines whose total is their sum; `overrides` replace its fields. */
export function order(overrides: Partial<Order> = {}): Order {
  const lines = overrides.lines ?? [
    { sku: 'SKU-TEA-250', quantity: 2, unitPriceCents: 450 },
    { sku: 'SKU-MUG-01', quantity: 1, unitPriceCents: 1200 },
  ];
  return {
    orderId: 'order-0001',
    customerId: 'customer-42',
    currency: 'EUR',
    totalCents: lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0),
    lines,
    ...overrides,
  };
}

/** An order the schema accepts and acceptOrder refuses: its total is not the sum of its lines. */
export function orderWithWrongTotal(orderId = 'order-wrong-total'): Order {
  const valid = order({ orderId });
  return { ...valid, totalCents: valid.totalCents + 1 };
}

/** A body the schema refuses: valid JSON, but an order with a negative quantity and no customer. */
export function orderFailingTheSchema(orderId = 'order-invalid'): Record<string, unknown> {
  const { customerId: _, ...withoutCustomer } = order({ orderId });
  return { ...withoutCustomer, lines: [{ sku: 'SKU-TEA-250', quantity: -1, unitPriceCents: 450 }] };
}
