import type { SQSEvent } from 'aws-lambda';
import { acceptOrder } from '../../../../../blueprints/sqs/src/order-acceptance.js';
import { orderSchema } from '../../../../../blueprints/sqs/src/schema.js';
import { validOrThrow } from '../standard-schema-check.js';

// The ceiling: what a careful developer writes by hand for the same work (parse, validate with the same schema, run
// the rule, collect failures) with no logs, metrics or event checks.
export const handler = async (event: SQSEvent) => {
  const batchItemFailures: { itemIdentifier: string }[] = [];
  for (const record of event.Records) {
    try {
      acceptOrder(validOrThrow(orderSchema, JSON.parse(record.body)));
    } catch {
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
};
