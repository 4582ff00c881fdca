import type { StandardSchemaV1 } from '@standard-schema/spec';
// From the file itself, not the package index: a contender bundle must not carry the bench's own dependencies.
import { HandlerUnderTestError, RecordRejectedError } from '../../src/errors.js';

/** Validates as the hand-written loops do: the value the schema outputs, or a throw with its first issue. */
export function validOrThrow<TSchema extends StandardSchemaV1>(
  schema: TSchema,
  value: unknown,
): StandardSchemaV1.InferOutput<TSchema> {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) {
    throw new HandlerUnderTestError('The hand-written loops expect a synchronous schema, as the blueprints have.');
  }
  if (result.issues) {
    throw new RecordRejectedError(result.issues[0]?.message ?? 'The record does not match the schema.');
  }
  return result.value;
}
