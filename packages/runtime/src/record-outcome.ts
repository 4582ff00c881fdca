/** What happened to one record of a batch. */
export type RecordOutcome =
  | { readonly status: 'succeeded' }
  | { readonly status: 'failed'; readonly error: unknown }
  /** Reported failed without running, because an earlier record of its FIFO message group failed. */
  | { readonly status: 'skipped'; readonly causeIndex: number; readonly groupId: string };

/**
 * Runs a batch's records in the order and with the failure rule of a source. `runRecord` never rejects.
 * The result has one outcome per record that was decided; a hole (or a shorter array) means the record was not run
 * and is not reported, which for streams means Lambda retries it after the reported one.
 */
export type RecordProcessing<TRecord> = (
  records: readonly TRecord[],
  runRecord: (index: number) => Promise<RecordOutcome>,
) => Promise<ReadonlyArray<RecordOutcome | undefined>>;
