import type { SQSRecord } from 'aws-lambda';
import type { OptionalSchema, SchemaOutput } from './batch-options.js';
import { RecordDecodeError } from './errors.js';
import type { RecordSource } from './record-source.js';
import { decodeTextPayload } from './text-payload-decoding.js';

/** What the record function of `sqsBatch` and `sqsFifoBatch` receives. */
export interface SqsBatchItem<TBody> {
  /** The body parsed as JSON and validated by the schema; without a schema, the body string as sent. */
  body: TBody;
  /** The SQS record as Lambda delivered it (attributes, message attributes, receipt handle, ...). */
  record: SQSRecord;
}

/** Reads SQS records (standard and FIFO queues alike) for the batch engine. */
export function sqsRecordSource<TSchema extends OptionalSchema>(
  schema: TSchema | undefined,
  label: string,
): RecordSource<SQSRecord, SqsBatchItem<SchemaOutput<TSchema, string>>> {
  return {
    label,
    eventSource: 'aws:sqs',
    identifierPath: 'messageId',
    identifierOf: (record) => record.messageId,
    decode: (record) => {
      if (typeof record.body !== 'string') {
        throw new RecordDecodeError(
          `SQS message body is a ${typeof record.body}, not a string. Check the event producer.`,
        );
      }
      const body = decodeTextPayload(record.body, schema, 'SQS message body');
      return body instanceof Promise ? body.then((validated) => ({ body: validated, record })) : { body, record };
    },
    payloadOf: (record) => record.body,
  };
}
