import type { KinesisFunctionConfig } from './function-config.js';

/** The function's settings: the one file to edit (with infra/role.ts) to make this blueprint yours. */
export const config: KinesisFunctionConfig = {
  stackName: 'KinesisBlueprint',
  functionName: 'kinesis-blueprint',
  description:
    'Records sensor readings from a Kinesis stream in shard order; failed batches go to an on-failure queue.',
  timeoutSeconds: 30,
  memorySize: 256,
  source: {
    // To read an existing stream, set streamArn: 'arn:aws:kinesis:<region>:<account>:stream/<name>'.
    streamArn: undefined,
    newStream: { shardCount: undefined, retentionHours: 24 },
    keyArn: undefined,
    enhancedFanOut: false,
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
