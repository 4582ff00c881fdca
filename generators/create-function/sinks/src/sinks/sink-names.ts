/**
 * Each sink's id (its role entry applies to `sink:<id>` in infra/role.ts) and the environment variable that tells the
 * code where the target is. The stack sets the variable (infra/sinks/*.ts); the code reads it (src/sinks/*.ts).
 */
export const sinkNames = {
  'dynamodb-write': { id: 'table', variable: 'SINK_TABLE_NAME' },
  'sqs-send': { id: 'queue', variable: 'SINK_QUEUE_URL' },
  'kinesis-put': { id: 'stream', variable: 'SINK_STREAM_NAME' },
} as const;
