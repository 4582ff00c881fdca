import type { RecordOutcome, RecordProcessing } from './record-outcome.js';

/**
 * Runs records one at a time in order and stops at the first failure. Lambda checkpoints a stream before the
 * lowest reported sequence number and retries everything after it, so running later records would only duplicate
 * their side effects.
 */
export const processInOrderUntilFailure: RecordProcessing<unknown> = async (records, runRecord) => {
  const outcomes: RecordOutcome[] = [];
  for (let index = 0; index < records.length; index++) {
    const pending = runRecord(index);
    const outcome = pending instanceof Promise ? await pending : pending;
    outcomes.push(outcome);
    if (outcome.status === 'failed') {
      break;
    }
  }
  return outcomes;
};
