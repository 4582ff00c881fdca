/** An order whose total is not the sum of its lines: accepting it would charge the customer the wrong amount. */
export class OrderTotalMismatchError extends Error {
  override readonly name = 'OrderTotalMismatchError';

  constructor(
    readonly orderId: string,
    readonly totalCents: number,
    readonly linesTotalCents: number,
  ) {
    super(
      `Order ${orderId} has totalCents ${totalCents} but its lines add up to ${linesTotalCents}. ` +
        'Fix the producer so that totalCents is the sum of quantity x unitPriceCents over the lines.',
    );
  }
}
