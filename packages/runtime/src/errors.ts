import type { StandardSchemaV1 } from '@standard-schema/spec';

/**
 * The event is not a batch of the records this handler reads (no `Records` array, or records of another source).
 * Thrown for the whole batch: Lambda retries it, so the cause must be fixed in the event source mapping.
 */
export class MalformedEventError extends Error {
  override readonly name = 'MalformedEventError';
}

/**
 * A record has no identifier (SQS `messageId`, Kinesis `sequenceNumber`, DynamoDB `SequenceNumber`) to report it by.
 * Thrown for the whole batch: Lambda would treat an empty `itemIdentifier` as a whole-batch failure anyway.
 */
export class MissingItemIdentifierError extends Error {
  override readonly name = 'MissingItemIdentifierError';
}

/** A batch handler was created with options it cannot run with. Thrown when the handler is created. */
export class InvalidBatchOptionsError extends Error {
  override readonly name = 'InvalidBatchOptionsError';
}

/** A record's payload could not be decoded (base64, gzip, UTF-8, JSON, DynamoDB attribute values). */
export class RecordDecodeError extends Error {
  override readonly name = 'RecordDecodeError';
}

/** A record's decoded payload does not match the schema; `issues` are the schema library's findings. */
export class RecordValidationError extends Error {
  override readonly name = 'RecordValidationError';
  readonly issues: ReadonlyArray<StandardSchemaV1.Issue>;

  constructor(message: string, issues: ReadonlyArray<StandardSchemaV1.Issue>) {
    super(message);
    this.issues = issues;
  }
}
