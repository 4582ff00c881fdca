import { sqsFifoBatch } from '@lambda-blueprints/runtime';
import { statusChangeSchema } from './schema.js';
import { acceptStatusChange } from './status-transition.js';

/**
 * The Lambda handler: messages run one at a time in order. A message that is not JSON, does not match the schema or
 * is refused is reported in `batchItemFailures` together with every later message of its group (those without
 * running), so the group keeps its order when SQS delivers them again; the other groups go on.
 */
export const handler = sqsFifoBatch({
  schema: statusChangeSchema,
  handleRecord: ({ body }) => acceptStatusChange(body),
});
