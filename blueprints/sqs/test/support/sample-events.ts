import { type SampleEvent, sqsEvent } from '@lambda-blueprints/testing';
import type { SQSEvent } from 'aws-lambda';
import { order, orderFailingTheSchema, orderWithWrongTotal } from './order-factory.js';

/**
 * The events of events/*.json, built by the factories with fixed seeds so they come out the same every time:
 * `pnpm run events` writes them, and a test checks the files still are what these produce.
 */
export const sampleEvents: SampleEvent<SQSEvent>[] = [
  {
    name: 'orders',
    event: sqsEvent({
      seed: 'orders',
      bodies: [order({ orderId: 'order-0001' }), order({ orderId: 'order-0002', customerId: 'customer-7' })],
    }),
    failedIndexes: [],
  },
  {
    // Index 1 is not JSON, 2 fails the schema, 3 fails acceptOrder; 0 and 4 are accepted.
    name: 'orders-with-failures',
    event: sqsEvent({
      seed: 'orders-with-failures',
      bodies: [
        order({ orderId: 'order-0101' }),
        null, // replaced by text that is not JSON (malformed: [1])
        orderFailingTheSchema('order-0103'),
        orderWithWrongTotal('order-0104'),
        order({ orderId: 'order-0105' }),
      ],
      malformed: [1],
    }),
    failedIndexes: [1, 2, 3],
  },
];
