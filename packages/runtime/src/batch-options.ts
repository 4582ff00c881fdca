import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { Context } from 'aws-lambda';

/** A schema of any Standard Schema library (zod, zod/mini, valibot, arktype, ...), or none. */
export type OptionalSchema = StandardSchemaV1 | undefined;

/** What the record function receives as payload: the schema's output, or `TWithoutSchema` when there is no schema. */
export type SchemaOutput<TSchema extends OptionalSchema, TWithoutSchema> = TSchema extends StandardSchemaV1
  ? StandardSchemaV1.InferOutput<TSchema>
  : TWithoutSchema;

/** The user's function for one record. A throw or a rejected promise marks the record as failed. */
export type RecordHandler<TItem> = (item: TItem, context: Context) => void | Promise<void>;

/** The partial batch response Lambda reads when the mapping has `ReportBatchItemFailures`. */
export interface BatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

/** The Lambda handler a batch function returns. */
export type BatchHandler<TEvent> = (event: TEvent, context: Context) => Promise<BatchResponse>;

/** Where the one Embedded Metric Format line per batch goes. */
export interface MetricsOptions {
  /**
   * CloudWatch namespace of the metrics.
   * @default 'LambdaBlueprints'
   */
  namespace?: string;
  /**
   * Value of the `service` dimension.
   * @default process.env.AWS_LAMBDA_FUNCTION_NAME, or 'lambda-blueprints' outside Lambda
   */
  service?: string;
}

/** Options every batch handler takes. */
export interface BatchHandlerOptions<TSchema extends OptionalSchema, TItem> {
  /**
   * Standard Schema the decoded payload is validated against; the record function receives its output type.
   * A record that fails validation becomes a batch item failure and never reaches the record function.
   * @default undefined: no JSON parsing and no validation (see each handler for the raw payload it passes)
   */
  schema?: TSchema;
  /** The record function, called once per record that decoded and validated. */
  handleRecord: RecordHandler<TItem>;
  /**
   * Receives every log line and metric line, each a JSON string without a trailing newline.
   * @default writes the line and '\n' to process.stdout
   */
  writeLine?: (line: string) => void;
  /**
   * Adds the record's raw payload (SQS body, Kinesis data, DynamoDB stream record) to failure log lines.
   * @default false: payloads may hold personal data
   */
  logRecordPayload?: boolean;
  /**
   * Embedded Metric Format options, or `false` to write no metric line.
   * @default { namespace: 'LambdaBlueprints', service: the function name }
   */
  metrics?: MetricsOptions | false;
}
