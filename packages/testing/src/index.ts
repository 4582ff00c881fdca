export {
  type BatchFailureReason,
  type BatchOutcome,
  type BatchResponseInput,
  type StreamBatchOutcome,
  sqsBatchOutcome,
  streamBatchOutcome,
} from './batch-response.js';
export {
  type CatalogRoleExpectation,
  type ComparableRole,
  catalogRoleComparison,
  statementSet,
} from './catalog-role-comparison.js';
export { FAKE_AWS_CONTEXT, foreignArn } from './cloudformation/fake-aws-context.js';
export { FAKE_AWS_ENVIRONMENT } from './cloudformation/fake-environment.js';
export { fakeArnOf, fakeRefOf, resolveIntrinsics } from './cloudformation/intrinsics.js';
export type { SynthesizedPolicyStatement } from './cloudformation/policy-document.js';
export type {
  CloudFormationParameter,
  CloudFormationResource,
  CloudFormationTemplate,
} from './cloudformation/template.js';
export {
  deleteAndCapture,
  dynamodbStreamEventFrom,
  putAndCapture,
  type StreamedWrite,
  updateAndCapture,
  writeAndCaptureStreamRecord,
} from './dynamodb-stream-records.js';
export { startDynamoEmulator } from './emulators/dynamodb-emulator.js';
export { startKinesisEmulator } from './emulators/kinesis-emulator.js';
export {
  createQueueWithDeadLetterQueue,
  type LocalQueueOptions,
  type OutgoingMessage,
  type QueueWithDeadLetterQueue,
  receiveBodies,
  sendMessages,
} from './emulators/local-sqs-queues.js';
export type { LocalEmulator } from './emulators/loopback-server.js';
export { startSqsEmulator } from './emulators/sqs-emulator.js';
export * from './errors.js';
export { DEFAULT_SOURCE_ARNS } from './events/default-source-arns.js';
export {
  type DynamodbChangeSpec,
  type DynamodbStreamEventOptions,
  dynamodbStreamEvent,
} from './events/dynamodb-stream-event.js';
export {
  type DynamodbChangeSnapshot,
  type DynamodbStreamEventName,
  dynamodbStreamRecord,
} from './events/dynamodb-stream-record.js';
export { type KinesisEventOptions, kinesisEvent } from './events/kinesis-event.js';
export { type KinesisRecordSnapshot, kinesisRecord } from './events/kinesis-record.js';
export { type SqsEventOptions, sqsEvent } from './events/sqs-event.js';
export { type SqsMessageSnapshot, sqsRecord } from './events/sqs-record.js';
export { type HandlerInvocation, invokeHandler, invokeWithContext, type LambdaHandler } from './handler-invocation.js';
export { type FunctionConfig, readFunctionConfig } from './invoke/function-config.js';
export { withFunctionEnvironment } from './invoke/function-environment.js';
export { loadHandlerBundle } from './invoke/handler-bundle.js';
export { type FunctionInvocationResult, type InvokeFunctionOptions, invokeFunction } from './invoke/invoke-function.js';
export { captureLogs, type LogLine } from './invoke/log-capture.js';
export { captureJsonLines, type JsonLineCaptureOptions, type JsonLogLine } from './json-log-lines.js';
export {
  type KinesisReaderOptions,
  KinesisShardReader,
  type KinesisStreamReadResult,
  readKinesisStream,
  type ShardBatch,
  type ShardReadResult,
} from './kinesis-shard-reader.js';
export { type LambdaContextOptions, lambdaContext } from './lambda-context.js';
export { batchItemFailuresAt, readSampleEvent, type SampleEvent, writeSampleEvents } from './sample-events.js';
export { compareSequenceNumbers } from './sequence-numbers.js';
export { compileFilterCriteria, type RecordFilter } from './simulator/filter-criteria.js';
export {
  type EventSourceName,
  type GeneratedEvent,
  type GenerateEventOptions,
  generateEvent,
} from './simulator/generate-event.js';
export type {
  MappingSettings,
  QueueSettings,
  SimulatedSource,
  SqsMappingSettings,
  StreamMappingSettings,
  StreamSettings,
  TableKeyAttribute,
} from './simulator/mapping-settings.js';
export { type ReadMappingOptions, readMappingSettings } from './simulator/read-mapping-settings.js';
export { settingsWarnings } from './simulator/settings-warnings.js';
export { type SimulationOptions, simulate } from './simulator/simulate.js';
export { type LocalSimulationOptions, simulateAgainstLocal } from './simulator/simulate-against-local.js';
export type {
  LedgerEntry,
  LostReason,
  RecordDestination,
  SimulationProgress,
  SimulationResult,
  SimulationSummary,
  StreamOnFailureRecord,
} from './simulator/simulation-result.js';
export { identifierOf, type SourceEvent, type SourceHandler, type SourceRecord } from './simulator/source-record.js';
export { deliveriesOf, receiveCountsOf, succeededMessageIds } from './sqs-poll-deliveries.js';
export {
  drainSqs,
  pollSqsOnce,
  type SqsDrainOptions,
  SqsPoller,
  type SqsPollerOptions,
  type SqsPollResult,
} from './sqs-poller.js';
export { type RedriveRunOptions, type RedriveRunResult, runUntilRedriven } from './sqs-redrive-run.js';
export type { KinesisBatchInfo, KinesisOnFailureRecord } from './stream-on-failure-record.js';
export {
  functionRoleLogicalId,
  type SynthesizedRole,
  synthesizedFunctionRole,
  synthesizedRole,
} from './synthesized-role.js';
