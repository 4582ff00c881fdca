import * as z from 'zod/mini';

/** The lifecycle of an order, in the order it goes through it (CANCELLED only before shipping). */
export const orderStatusSchema = z.enum(['PLACED', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED']);

/** An item of the orders table, as each image of the stream carries it (keyed by pk = ORDER#<id>). */
export const orderSchema = z.object({
  pk: z.string().check(z.regex(/^ORDER#.+/)),
  customerId: z.string().check(z.minLength(1)),
  status: orderStatusSchema,
  // Integers in the currency's minor unit (cents), so sums are exact.
  totalCents: z.int().check(z.nonnegative()),
  updatedAt: z.iso.datetime(),
});

export type Order = z.infer<typeof orderSchema>;
export type OrderStatus = z.infer<typeof orderStatusSchema>;
