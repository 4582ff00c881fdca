/** What happened to one record of a batch. */
export type RecordOutcome =
  | { readonly status: 'succeeded' }
  | { readonly status: 'failed'; readonly error: unknown }
  /** Reported failed without running, because an earlier record of its FIFO message group failed. */
  | { readonly status: 'skipped'; readonly causeIndex: number; readonly groupId: string };

/**
 * The outcome of running one record: a plain value when the record's work finished synchronously (no promise to
 * wait for, so no microtask per record), a promise otherwise. Never rejects.
 */
export type PendingOutcome = RecordOutcome | Promise<RecordOutcome>;

/**
 * Runs a batch's records in the order and with the failure rule of a source. `runRecord` never throws or rejects.
 * The result has one outcome per record that was decided; a hole (or a shorter array) means the record was not run
 * and is not reported, which for streams means Lambda retries it after the reported one.
 */
export type RecordProcessing<TRecord> = (
  records: readonly TRecord[],
  runRecord: (index: number) => PendingOutcome,
) => Promise<ReadonlyArray<RecordOutcome | undefined>>;
