import type { DynamodbStreamsFunctionConfig } from './function-config.js';

/** The function's settings: the one file to edit (with infra/role.ts) to make this blueprint yours. */
export const config: DynamodbStreamsFunctionConfig = {
  stackName: 'DynamodbStreamsBlueprint',
  functionName: 'dynamodb-streams-blueprint',
  description:
    'Audits the changes of an orders table from its stream, in order; failed batches go to an on-failure queue.',
  timeoutSeconds: 30,
  memorySize: 256,
  source: {
    // To read an existing table's stream, replace newTable with
    // existingTableStreamArn: 'arn:aws:dynamodb:<region>:<account>:table/<name>/stream/<label>'.
    newTable: { encryption: 'aws-owned' },
    keyArn: undefined,
    batchSize: 100,
    maxBatchingWindowSeconds: 0,
    retryAttempts: 10,
    maxRecordAgeSeconds: 86_400,
  },
  tracing: false,
  vpc: undefined,
  roleMode: 'scoped',
  existingRoleArn: undefined,
  sinks: [],
};
