import { type BatchHandler, dynamodbStreamBatch } from '@lambda-blueprints/runtime';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { auditOrderChange } from './order-audit.js';
import { orderSchema } from './schema.js';

/**
 * The Lambda handler: each stream record's images are unmarshalled to plain values, the ones its event name carries
 * (INSERT: new, MODIFY: both, REMOVE: old) are validated against the order schema, and the change is audited, one
 * record at a time in order. At the first record that fails, processing stops and exactly its sequence number is
 * reported (the mapping has ReportBatchItemFailures): Lambda checkpoints before it and retries from it.
 */
export const handler: BatchHandler<DynamoDBStreamEvent> = dynamodbStreamBatch({
  schema: orderSchema,
  handleRecord: auditOrderChange,
});
