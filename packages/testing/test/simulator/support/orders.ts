/** An item of an orders table like the dynamodb-streams blueprint's (keyed by pk = ORDER#<id>). */
export interface OrderItem {
  pk: string;
  customerId: string;
  status: 'PLACED' | 'PAID' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED';
  totalCents: number;
  updatedAt: string;
  [attribute: string]: unknown;
}

/** An order like the blueprint's sample events carry, with the attributes given. */
export const orderItem = (overrides: Partial<OrderItem> = {}): OrderItem => ({
  pk: 'ORDER#0001',
  customerId: 'customer-1',
  status: 'PLACED',
  totalCents: 1350,
  updatedAt: '2024-01-01T00:01:00.000Z',
  ...overrides,
});

/** `payloads` given in turn `rounds` times, as the CLI gives a simulation the accepted sample payloads. */
export const inTurn = <T>(payloads: readonly T[], rounds: number): T[] =>
  Array.from({ length: payloads.length * rounds }, (_, index) => payloads[index % payloads.length] as T);
