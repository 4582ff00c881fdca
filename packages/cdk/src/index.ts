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
export { HANDLER_FILE } from './handler-bundle.js';
export { KinesisStreamSource, type KinesisStreamSourceProps } from './kinesis-stream-source.js';
export {
  type BoundOnFailureDestination,
  type ExistingDestinationOptions,
  OnFailureDestination,
  type OnFailureQueueProps,
} from './on-failure-destination.js';
export type { Sink } from './sink.js';
export { SqsQueueSource, type SqsQueueSourceProps } from './sqs-queue-source.js';
export type { StreamSourceOptions } from './stream-source-options.js';
