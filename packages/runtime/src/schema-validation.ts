import type { StandardSchemaV1 } from '@standard-schema/spec';
import { RecordValidationError } from './errors.js';

// Enough to act on; the full list stays on the error's `issues`.
const maxIssuesInMessage = 5;

function formatPathSegment(segment: PropertyKey | StandardSchemaV1.PathSegment): string {
  const key = typeof segment === 'object' ? segment.key : segment;
  return String(key);
}

function formatIssue(issue: StandardSchemaV1.Issue): string {
  const path = issue.path?.map(formatPathSegment).join('.');
  return `${path ? path : '(root)'}: ${issue.message}`;
}

function outputOrThrow<TOutput>(result: StandardSchemaV1.Result<TOutput>, description: string): TOutput {
  if (result.issues === undefined) {
    return result.value;
  }
  const shown = result.issues.slice(0, maxIssuesInMessage).map(formatIssue).join('; ');
  const more =
    result.issues.length > maxIssuesInMessage ? ` (and ${result.issues.length - maxIssuesInMessage} more)` : '';
  throw new RecordValidationError(
    `${description} does not match the schema: ${shown}${more}. Fix the producer, or the schema if such records are valid.`,
    result.issues,
  );
}

/** Validates with any Standard Schema; stays synchronous when the schema is, to keep per-record overhead low. */
export function validateWithSchema<TSchema extends StandardSchemaV1>(
  schema: TSchema,
  value: unknown,
  description: string,
): StandardSchemaV1.InferOutput<TSchema> | Promise<StandardSchemaV1.InferOutput<TSchema>> {
  const result = schema['~standard'].validate(value) as
    | StandardSchemaV1.Result<StandardSchemaV1.InferOutput<TSchema>>
    | Promise<StandardSchemaV1.Result<StandardSchemaV1.InferOutput<TSchema>>>;
  return result instanceof Promise
    ? result.then((settled) => outputOrThrow(settled, description))
    : outputOrThrow(result, description);
}
