import type { RecordOutcome, RecordProcessing } from './record-outcome.js';

/** Runs records with at most `concurrency` in flight; every record runs whatever the others do. */
export function processConcurrently(concurrency: number): RecordProcessing<unknown> {
  return async (records, runRecord) => {
    const outcomes = new Array<RecordOutcome>(records.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < records.length) {
        const index = next++;
        const pending = runRecord(index);
        outcomes[index] = pending instanceof Promise ? await pending : pending;
      }
    };
    const workers = Array.from({ length: Math.min(concurrency, records.length) }, worker);
    await Promise.all(workers);
    return outcomes;
  };
}
