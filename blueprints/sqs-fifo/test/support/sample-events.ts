import type { SampleEvent } from '@lambda-blueprints/testing';
import type { SQSEvent } from 'aws-lambda';
import { statusChange, statusChangeEvent, statusChangeFailingTheSchema } from './status-change-factory.js';

/**
 * The events of events/*.json, built by the factories with fixed seeds so they come out the same every time:
 * `pnpm run events` writes them, and a test checks the files still are what these produce.
 */
export const sampleEvents: SampleEvent<SQSEvent>[] = [
  {
    name: 'status-changes',
    event: statusChangeEvent(
      [
        statusChange('order-A', 'placed', 'paid'),
        statusChange('order-B', 'placed', 'cancelled'),
        statusChange('order-A', 'paid', 'shipped'),
      ],
      { seed: 'status-changes' },
    ),
    failedIndexes: [],
  },
  {
    // order-A: 1 is refused, so 3 is skipped; order-B: 2 is not JSON, so 5 is skipped; order-C: 4 fails the schema.
    name: 'status-changes-with-failures',
    event: statusChangeEvent(
      [
        statusChange('order-A', 'placed', 'paid'),
        statusChange('order-A', 'paid', 'delivered'),
        statusChange('order-B', 'placed', 'paid'),
        statusChange('order-A', 'shipped', 'delivered'),
        statusChangeFailingTheSchema('order-C'),
        statusChange('order-B', 'paid', 'shipped'),
        statusChange('order-D', 'placed', 'paid'),
      ],
      { seed: 'status-changes-with-failures', malformed: [2] },
    ),
    failedIndexes: [1, 2, 3, 4, 5],
  },
];
