import type { KinesisStreamEvent, KinesisStreamRecord } from 'aws-lambda';
import { createBatchHandler } from './batch-handler.js';
import type { BatchHandler, BatchHandlerOptions, OptionalSchema, SchemaOutput } from './batch-options.js';
import { decodeKinesisData } from './kinesis-data-decoding.js';
import { processInOrderUntilFailure } from './ordered-processing.js';
import type { RecordSource } from './record-source.js';
import { decodeTextPayload } from './text-payload-decoding.js';

/** What the record function of `kinesisBatch` receives. */
export interface KinesisBatchItem<TData> {
  /**
   * The data base64-decoded (and gunzipped when gzip), parsed as JSON and validated by the schema; without a schema,
   * the decoded UTF-8 text.
   */
  data: TData;
  /** The Kinesis record as Lambda delivered it (partition key, sequence number, arrival time, ...). */
  record: KinesisStreamRecord;
}

/** Options of `kinesisBatch`. */
export type KinesisBatchOptions<TSchema extends OptionalSchema = undefined> = BatchHandlerOptions<
  TSchema,
  KinesisBatchItem<SchemaOutput<TSchema, string>>
>;

function kinesisRecordSource<TSchema extends OptionalSchema>(
  schema: TSchema | undefined,
): RecordSource<KinesisStreamRecord, KinesisBatchItem<SchemaOutput<TSchema, string>>> {
  return {
    label: 'Kinesis',
    eventSource: 'aws:kinesis',
    identifierPath: 'kinesis.sequenceNumber',
    identifierOf: (record) => record.kinesis?.sequenceNumber,
    decode: (record) => {
      const data = decodeTextPayload(decodeKinesisData(record.kinesis.data), schema, 'Kinesis record data');
      return data instanceof Promise ? data.then((validated) => ({ data: validated, record })) : { data, record };
    },
    payloadOf: (record) => record.kinesis.data,
    arrivalTimeOf: (record) => {
      const seconds = record.kinesis.approximateArrivalTimestamp;
      return Number.isFinite(seconds) ? seconds * 1000 : undefined;
    },
  };
}

/**
 * A Lambda handler for a Kinesis stream: records run one at a time in order and processing stops at the first
 * record that fails to decode, validate or run; the response names exactly that record's sequence number, so Lambda
 * checkpoints before it and retries from there. Requires `ReportBatchItemFailures` on the event source mapping.
 */
export function kinesisBatch<TSchema extends OptionalSchema = undefined>(
  options: KinesisBatchOptions<TSchema>,
): BatchHandler<KinesisStreamEvent> {
  return createBatchHandler(kinesisRecordSource<TSchema>(options?.schema), processInOrderUntilFailure, options);
}
