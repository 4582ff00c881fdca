import type { SqsFunctionConfig } from './function-config.js';

/** The function's settings: the one file to edit (with infra/role.ts) to make this blueprint yours. */
export const config: SqsFunctionConfig = {
  stackName: 'SqsBlueprint',
  functionName: 'sqs-blueprint',
  description: 'Accepts orders from an SQS queue; failed messages are retried, then moved to the DLQ.',
  timeoutSeconds: 30,
  memorySize: 256,
  source: {
    // To read an existing queue, replace newQueue with existingQueueArn: 'arn:aws:sqs:<region>:<account>:<name>'.
    newQueue: { maxReceiveCount: 5, retentionPeriodDays: 4 },
    keyArn: undefined,
    batchSize: 10,
    maxBatchingWindowSeconds: 0,
  },
  tracing: false,
  vpc: undefined,
  roleMode: 'scoped',
  existingRoleArn: undefined,
  sinks: [],
};
