import type { RecordOutcome, RecordProcessing } from './record-outcome.js';

/**
 * Runs records one at a time in order. Once a record fails, every later record of its message group is reported
 * failed without running, so the group's order survives the retry; other groups go on.
 * `groupIdOf` is read for every record before any runs, so a record without a group fails the batch up front.
 */
export function processFifoGroups<TRecord>(
  groupIdOf: (record: TRecord, index: number) => string,
): RecordProcessing<TRecord> {
  return async (records, runRecord) => {
    const groupIds = records.map(groupIdOf);
    const failedIndexByGroup = new Map<string, number>();
    const outcomes: RecordOutcome[] = [];
    for (const [index, groupId] of groupIds.entries()) {
      const causeIndex = failedIndexByGroup.get(groupId);
      if (causeIndex !== undefined) {
        outcomes.push({ status: 'skipped', causeIndex, groupId });
        continue;
      }
      const pending = runRecord(index);
      const outcome = pending instanceof Promise ? await pending : pending;
      if (outcome.status === 'failed') {
        failedIndexByGroup.set(groupId, index);
      }
      outcomes.push(outcome);
    }
    return outcomes;
  };
}
