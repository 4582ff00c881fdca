import { dynamodbStreamEvent, type SampleEvent } from '@lambda-blueprints/testing';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { deleted, notAnOrder, order, placed, statusSet, withKeysOnlyAt } from './order-factory.js';

const placedOrder = order(1);

/**
 * The events of events/*.json, built by the factories with fixed seeds so they come out the same every time:
 * `pnpm run events` writes them, and a test checks the files still are what these produce.
 */
export const sampleEvents: SampleEvent<DynamoDBStreamEvent>[] = [
  {
    name: 'order-lifecycle',
    event: dynamodbStreamEvent({
      seed: 'order-lifecycle',
      records: [
        placed(placedOrder),
        statusSet(placedOrder, 'PAID'),
        statusSet({ ...placedOrder, status: 'PAID' }, 'SHIPPED'),
        deleted({ ...placedOrder, status: 'SHIPPED' }),
      ],
    }),
    failedIndexes: [],
  },
  {
    // Index 1 moves a placed order straight to DELIVERED: the handler stops there; 2 is left for the retry.
    name: 'impossible-status-change',
    event: dynamodbStreamEvent({
      seed: 'impossible-status-change',
      records: [placed(order(2)), statusSet(order(3), 'DELIVERED'), placed(order(4))],
    }),
    failedIndexes: [1],
  },
  {
    name: 'image-not-an-order',
    event: dynamodbStreamEvent({
      seed: 'image-not-an-order',
      records: [{ eventName: 'INSERT', keys: { pk: 'ORDER#0005' }, newImage: notAnOrder(5) }, placed(order(6))],
    }),
    failedIndexes: [0],
  },
  {
    name: 'keys-only',
    event: withKeysOnlyAt(dynamodbStreamEvent({ seed: 'keys-only', records: [placed(order(7)), placed(order(8))] }), 1),
    failedIndexes: [1],
  },
];
