export type {
  BatchHandler,
  BatchHandlerOptions,
  BatchResponse,
  MetricsOptions,
  OptionalSchema,
  RecordHandler,
  SchemaOutput,
} from './batch-options.js';
export {
  type DynamoDbEventName,
  type DynamoDbStreamBatchItem,
  type DynamoDbStreamBatchOptions,
  dynamodbStreamBatch,
} from './dynamodb-stream-batch.js';
export {
  InvalidBatchOptionsError,
  MalformedEventError,
  MissingItemIdentifierError,
  RecordDecodeError,
  RecordValidationError,
} from './errors.js';
export { type KinesisBatchItem, type KinesisBatchOptions, kinesisBatch } from './kinesis-batch.js';
export { type SqsBatchOptions, sqsBatch } from './sqs-batch.js';
export { type SqsFifoBatchOptions, sqsFifoBatch } from './sqs-fifo-batch.js';
export type { SqsBatchItem } from './sqs-record-source.js';
