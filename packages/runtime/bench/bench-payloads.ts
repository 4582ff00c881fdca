import * as z from 'zod/mini';

/** An order of about 250 bytes as JSON, the payload every benchmark record carries. */
export function benchOrder(index: number) {
  return {
    orderId: `order-${String(index).padStart(8, '0')}`,
    customerId: `customer-${index % 977}`,
    amount: 10 + (index % 500) / 4,
    currency: 'EUR',
    placedAt: new Date(Date.UTC(2025, 0, 1) + index * 1000).toISOString(),
    channel: 'web',
    shipping: 'standard',
    note: 'leave at the front desk',
    items: [
      { sku: `SKU-${index % 89}`, quantity: 1 + (index % 3) },
      { sku: `SKU-${index % 97}`, quantity: 1 },
    ],
  };
}

export const benchOrderMini = z.object({
  orderId: z.string(),
  customerId: z.string(),
  amount: z.number(),
  currency: z.string(),
  placedAt: z.string(),
  channel: z.string(),
  shipping: z.string(),
  note: z.string(),
  items: z.array(z.object({ sku: z.string(), quantity: z.number() })),
});
