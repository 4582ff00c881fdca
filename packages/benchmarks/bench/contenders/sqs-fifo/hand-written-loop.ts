import type { SQSEvent } from 'aws-lambda';
import { statusChangeSchema } from '../../../../../blueprints/sqs-fifo/src/schema.js';
import { acceptStatusChange } from '../../../../../blueprints/sqs-fifo/src/status-transition.js';
import { validOrThrow } from '../standard-schema-check.js';

// The ceiling: what a careful developer writes by hand for the same work (in order; after a failure the rest of its
// message group is reported without running) with no logs, metrics or event checks.
export const handler = async (event: SQSEvent) => {
  const batchItemFailures: { itemIdentifier: string }[] = [];
  const failedGroups = new Set<string | undefined>();
  for (const record of event.Records) {
    const groupId = record.attributes.MessageGroupId;
    if (failedGroups.has(groupId)) {
      batchItemFailures.push({ itemIdentifier: record.messageId });
      continue;
    }
    try {
      acceptStatusChange(validOrThrow(statusChangeSchema, JSON.parse(record.body)));
    } catch {
      failedGroups.add(groupId);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
};
