import * as z from 'zod/mini';

/** One line of an order; prices are integers in the currency's minor unit (cents) so sums are exact. */
export const orderLineSchema = z.object({
  sku: z.string().check(z.minLength(1)),
  quantity: z.int().check(z.positive()),
  unitPriceCents: z.int().check(z.nonnegative()),
});

/** The body of every message of the queue: an order placed by a customer. */
export const orderSchema = z.object({
  orderId: z.string().check(z.minLength(1)),
  customerId: z.string().check(z.minLength(1)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  totalCents: z.int().check(z.nonnegative()),
  lines: z.array(orderLineSchema).check(z.minLength(1)),
});

export type Order = z.infer<typeof orderSchema>;
