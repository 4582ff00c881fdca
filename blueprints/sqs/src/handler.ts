import { sqsBatch } from '@lambda-blueprints/runtime';
import { acceptOrder } from './order-acceptance.js';
import { orderSchema } from './schema.js';

/**
 * The Lambda handler: each message body is parsed as JSON, validated against the order schema and accepted.
 * Messages that are not JSON, do not match the schema or are refused are reported in `batchItemFailures`, so only
 * they return to the queue (the mapping has ReportBatchItemFailures); the others are deleted.
 */
export const handler = sqsBatch({
  schema: orderSchema,
  handleRecord: ({ body }) => acceptOrder(body),
});
