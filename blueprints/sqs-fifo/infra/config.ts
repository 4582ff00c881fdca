import type { SqsFifoFunctionConfig } from './function-config.js';

/** The function's settings: the one file to edit (with infra/role.ts) to make this blueprint yours. */
export const config: SqsFifoFunctionConfig = {
  stackName: 'SqsFifoBlueprint',
  functionName: 'sqs-fifo-blueprint',
  description:
    "Applies order status changes from an SQS FIFO queue, each order's in sequence; failures go to the FIFO DLQ.",
  timeoutSeconds: 30,
  memorySize: 256,
  source: {
    // To read an existing FIFO queue, replace newQueue with existingQueueArn: 'arn:aws:sqs:<region>:<account>:<name>.fifo'.
    newQueue: { maxReceiveCount: 5, retentionPeriodDays: 4 },
    keyArn: undefined,
    batchSize: 10,
  },
  tracing: false,
  vpc: undefined,
  roleMode: 'scoped',
  existingRoleArn: undefined,
  sinks: [],
};
