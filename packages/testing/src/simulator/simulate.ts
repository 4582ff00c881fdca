import { randomUUID } from 'node:crypto';
import type { FaultOptions } from './fault-plan.js';
import { compileFilterCriteria } from './filter-criteria.js';
import type { MappingSettings } from './mapping-settings.js';
import type { RecordLedger } from './record-ledger.js';
import {
  type RecordInputOptions,
  type SimulatedRecord,
  simulatedSqsRecords,
  simulatedStreamRecords,
} from './simulated-records.js';
import type { SimulationProgress, SimulationResult } from './simulation-result.js';
import { type RunLimits, runLimitsOf, SimulationRun } from './simulation-run.js';
import type { SourceHandler, SourceRecord } from './source-record.js';
import { runSqsSimulation } from './sqs-simulation.js';
import { runStreamSimulation } from './stream-simulation.js';

export interface SimulationOptions extends RecordInputOptions, FaultOptions, Partial<RunLimits> {
  /** Makes the records, the faults and the request ids repeatable. @default a random seed, returned in the result */
  seed?: string | number;
  /** Called after every invocation. */
  onProgress?: (progress: SimulationProgress) => void;
}

/** The records the mapping's filters let through; the ledger books the others as filtered. */
function keptRecords<TRecord extends SourceRecord>(
  settings: MappingSettings,
  records: readonly SimulatedRecord<TRecord>[],
  ledger: RecordLedger,
): SimulatedRecord<TRecord>[] {
  const filter = compileFilterCriteria(settings.source, settings.filterPatterns);
  if (filter === undefined) return [...records];
  return records.filter((simulated) => {
    const kept = filter(simulated.record);
    if (!kept) ledger.markFiltered(simulated.identifier);
    return kept;
  });
}

/**
 * Runs `handler` (a batch handler, e.g. a function's built bundle) under the mapping's semantics, in memory, on a
 * virtual clock: nothing waits for visibility timeouts or record ages, so 10,000 records take seconds. SQS: one
 * poller, visibility timeouts, receive counts, deletes of the successes only, redrive to the DLQ at
 * maxReceiveCount, FIFO group blocking. Streams: shards by partition key hash, checkpoints at the first failure,
 * bisect, retries, record age, the on-failure record in AWS's format, order per shard (per key with a
 * ParallelizationFactor). Filters drop records before they are batched. A handler that throws, or is still
 * running at the function's Timeout (raced in real time), fails its whole batch.
 *
 * Faults: each delivery of a record fails with probability `failRate`, and `poison` records fail on every
 * delivery; see faultInjectingHandler for how they enter the real handler's response. The result accounts for every
 * record; `summary.lost > 0` means the mapping would lose records.
 */
export async function simulate(
  settings: MappingSettings,
  handler: SourceHandler,
  options: SimulationOptions = {},
): Promise<SimulationResult> {
  const seed = String(options.seed ?? randomUUID());
  const limits = runLimitsOf(options);
  const start = (records: readonly SimulatedRecord[]) =>
    new SimulationRun({ settings, handler, records, faults: options, limits, seed, onProgress: options.onProgress });
  if (settings.source === 'sqs') {
    const records = simulatedSqsRecords(settings, options, seed);
    const run = start(records);
    const { deadLetterQueue, clockMs } = await runSqsSimulation(
      run,
      settings,
      keptRecords(settings, records, run.ledger),
    );
    return run.result({ deadLetterQueue, onFailureRecords: [], virtualDurationMs: clockMs });
  }
  const records = simulatedStreamRecords(settings, options, seed);
  const run = start(records);
  const { onFailureRecords, clockMs } = await runStreamSimulation(
    run,
    settings,
    keptRecords(settings, records, run.ledger),
  );
  return run.result({ deadLetterQueue: [], onFailureRecords, virtualDurationMs: clockMs });
}
