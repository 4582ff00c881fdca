import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent, StreamRecord } from 'aws-lambda';
import { auditOrderChange } from '../../../../../blueprints/dynamodb-streams/src/order-audit.js';
import { orderSchema } from '../../../../../blueprints/dynamodb-streams/src/schema.js';
import { validOrThrow } from '../standard-schema-check.js';

type OrderChange = Parameters<typeof auditOrderChange>[0];
// aws-lambda's AttributeValue and the SDK's describe the same JSON with different types.
type Image = StreamRecord['NewImage'];
const plain = (image: Image) => unmarshall((image ?? {}) as Parameters<typeof unmarshall>[0]);
const validImage = (image: Image) => (image === undefined ? undefined : validOrThrow(orderSchema, plain(image)));

// The ceiling: what a careful developer writes by hand for the same work (unmarshall, validate the images the event
// carries with the same schema, run the logic, in order, stopping at the first failure) with no logs or metrics.
export const handler = async (event: DynamoDBStreamEvent) => {
  for (const record of event.Records) {
    try {
      const eventName = record.eventName as OrderChange['eventName'];
      const change = record.dynamodb ?? {};
      auditOrderChange({
        eventName,
        keys: plain(change.Keys),
        newImage: eventName === 'REMOVE' ? undefined : validImage(change.NewImage),
        oldImage: eventName === 'INSERT' ? undefined : validImage(change.OldImage),
        record,
      });
    } catch {
      return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
    }
  }
  return { batchItemFailures: [] };
};
