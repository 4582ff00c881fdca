export type {
  ComposedRole,
  EventSourceKind,
  ResourceRef,
  RoleEntry,
  RoleMode,
  RoleSpec,
  SinkKind,
  TemplateId,
} from '@lambda-blueprints/role-templates';
export { BlueprintFunction, type BlueprintFunctionProps } from './blueprint-function.js';
export type { BlueprintFunctionConfig, SourceConfig } from './blueprint-function-config.js';
export {
  BlueprintFunctionStack,
  type BlueprintFunctionStackProps,
  type BlueprintPackageFiles,
} from './blueprint-function-stack.js';
export { BlueprintStack, type BlueprintStackProps } from './blueprint-stack.js';
export {
  DynamoDbStreamSource,
  type DynamoDbStreamSourceProps,
  type TableEncryptionChoice,
} from './dynamodb-stream-source.js';
export {
  BlueprintConfigurationError,
  ConflictingPropsError,
  ConflictingSinkError,
  EventSourceBindingError,
  MissingBundleError,
  MissingOnFailureDestinationError,
  MissingStackResourceError,
  OutOfRangeError,
  UnresolvedResourceRefError,
  UnsupportedOptionError,
  VisibilityTimeoutTooShortError,
} from './errors.js';
export type {
  BlueprintEventSource,
  EventSourceAttachment,
  EventSourceBindContext,
  EventSourceBinding,
} from './event-source.js';
export { permissionsTableOf } from './function-permissions-table.js';
export { functionRoleArns, type RoleResourceArns } from './function-role-arns.js';
export { HANDLER_FILE } from './handler-bundle.js';
export { KinesisStreamSource, type KinesisStreamSourceProps } from './kinesis-stream-source.js';
export {
  type BoundOnFailureDestination,
  type ExistingDestinationOptions,
  OnFailureDestination,
  type OnFailureQueueProps,
} from './on-failure-destination.js';
export { type NewQueueConfig, type QueueSourceConfig, queueSourcePropsOf } from './queue-source-config.js';
export { addQueueSourceOutputs } from './queue-source-outputs.js';
export type { Sink } from './sink.js';
export { SqsQueueSource, type SqsQueueSourceProps } from './sqs-queue-source.js';
export { type StreamMappingConfig, streamSourceOptionsOf } from './stream-mapping-config.js';
export type { StreamSourceOptions } from './stream-source-options.js';
export { type ImportedVpcPlacement, importVpcPlacement, type VpcPlacement } from './vpc-placement.js';
