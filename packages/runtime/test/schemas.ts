import * as z from 'zod/mini';

/** The order schema in zod/mini, as blueprints write it. */
export const orderSchema = z.object({
  orderId: z.string(),
  amount: z.number(),
  currency: z.string(),
});
