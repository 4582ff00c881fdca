import type { OptionalSchema, SchemaOutput } from './batch-options.js';
import { RecordDecodeError } from './errors.js';
import { validateWithSchema } from './schema-validation.js';

function parseJson(text: string, description: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RecordDecodeError(
      `${description} is not valid JSON (${reason}). Send JSON, or omit the schema option to receive the raw text.`,
    );
  }
}

/** With a schema: parses the text as JSON and validates it. Without one: the text itself. */
export function decodeTextPayload<TSchema extends OptionalSchema>(
  text: string,
  schema: TSchema | undefined,
  description: string,
): SchemaOutput<TSchema, string> | Promise<SchemaOutput<TSchema, string>> {
  if (schema === undefined) {
    return text as SchemaOutput<TSchema, string>;
  }
  return validateWithSchema(schema, parseJson(text, description), description) as
    | SchemaOutput<TSchema, string>
    | Promise<SchemaOutput<TSchema, string>>;
}
