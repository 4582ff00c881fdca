import * as z from 'zod/mini';

/** The states of an order, in the order they are normally reached. */
export const orderStatuses = ['placed', 'paid', 'shipped', 'delivered', 'cancelled'] as const;

export type OrderStatus = (typeof orderStatuses)[number];

/**
 * The body of every message of the queue: one status change of an order. The producer sends the changes of an order
 * in its own message group (MessageGroupId = orderId), so they arrive in the order they happened.
 */
export const statusChangeSchema = z.object({
  orderId: z.string().check(z.minLength(1)),
  from: z.enum(orderStatuses),
  to: z.enum(orderStatuses),
  changedAt: z.iso.datetime(),
});

export type StatusChange = z.infer<typeof statusChangeSchema>;
