import type { OrderStatus } from './schema.js';

/** An update moved an order to a status its lifecycle does not allow: some writer bypassed the order service. */
export class ImpossibleStatusChangeError extends Error {
  override readonly name = 'ImpossibleStatusChangeError';

  constructor(
    readonly pk: string,
    readonly from: OrderStatus,
    readonly to: OrderStatus,
  ) {
    super(
      `Order ${pk} went from ${from} to ${to}, which its lifecycle does not allow. Find the writer that set it ` +
        '(the on-failure queue describes the batch) and restore the status through the order service.',
    );
  }
}

/** A change arrived without the image the audit needs: the stream does not carry new and old images. */
export class MissingImageError extends Error {
  override readonly name = 'MissingImageError';

  constructor(
    readonly eventName: string,
    readonly image: 'NewImage' | 'OldImage',
  ) {
    super(
      `A ${eventName} record of the orders stream has no ${image}. Set the table's stream view type to ` +
        'NEW_AND_OLD_IMAGES (a new table of infra/stack.ts has it).',
    );
  }
}
