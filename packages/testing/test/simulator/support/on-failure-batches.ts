import {
  compareSequenceNumbers,
  type LedgerEntry,
  type SimulationResult,
  type StreamOnFailureRecord,
} from '../../../src/index.js';

/** The batch info of an on-failure record of either stream kind. */
export const batchInfoOf = (record: StreamOnFailureRecord) =>
  'KinesisBatchInfo' in record ? record.KinesisBatchInfo : record.DDBStreamBatchInfo;

/** The records the on-failure destination's records describe: those of its shard from start to end. */
export function describedByOnFailure(result: SimulationResult): Set<string> {
  const described = new Set<string>();
  for (const info of result.onFailureRecords.map(batchInfoOf)) {
    const inBatch = (entry: LedgerEntry) =>
      entry.shardId === info.shardId &&
      compareSequenceNumbers(entry.identifier, info.startSequenceNumber) >= 0 &&
      compareSequenceNumbers(entry.identifier, info.endSequenceNumber) <= 0;
    for (const entry of result.ledger.filter(inBatch)) described.add(entry.identifier);
  }
  return described;
}

/** Whether, for each key, the records processed under it came in input order. */
export function inOrderPerKey(
  processed: readonly string[],
  ledger: readonly LedgerEntry[],
  keyOf: (entry: LedgerEntry) => string | undefined,
): boolean {
  const byIdentifier = new Map(ledger.map((entry) => [entry.identifier, entry]));
  const latest = new Map<string | undefined, number>();
  return processed.every((identifier) => {
    const entry = byIdentifier.get(identifier);
    if (entry === undefined) return false;
    const key = keyOf(entry);
    const inOrder = entry.index > (latest.get(key) ?? -1);
    latest.set(key, entry.index);
    return inOrder;
  });
}
