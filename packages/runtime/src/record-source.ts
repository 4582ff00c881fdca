/** How the batch engine reads one event source's records. Internal: each public handler defines one. */
export interface RecordSource<TRecord, TItem> {
  /** Names the source in messages and log lines, e.g. 'SQS'. */
  readonly label: string;
  /** The `eventSource` every record of this source carries, e.g. 'aws:sqs'. */
  readonly eventSource: string;
  /** Where the identifier lives in a record, for error messages, e.g. 'messageId'. */
  readonly identifierPath: string;
  /** The record's batch item identifier, as found (validated by the engine). */
  identifierOf(record: TRecord): unknown;
  /** Decodes and validates the record into what the record function receives; throws per record. */
  decode(record: TRecord): TItem | Promise<TItem>;
  /** The raw payload, for failure log lines when `logRecordPayload` is on. */
  payloadOf(record: TRecord): unknown;
  /** When the record reached the stream (epoch ms), for the oldest record age metric; streams only. */
  arrivalTimeOf?(record: TRecord): number | undefined;
}
