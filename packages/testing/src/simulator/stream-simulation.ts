import type { DynamoDBRecord, KinesisStreamRecord } from 'aws-lambda';
import { streamBatchOutcome } from '../batch-response.js';
import type { HandlerInvocation } from '../handler-invocation.js';
import type { StreamMappingSettings } from './mapping-settings.js';
import type { SimulatedRecord } from './simulated-records.js';
import type { StreamOnFailureRecord } from './simulation-result.js';
import type { SimulationRun } from './simulation-run.js';
import { arrivalOf, streamOnFailureRecord } from './stream-on-failure.js';

type StreamRecord = SimulatedRecord<KinesisStreamRecord | DynamoDBRecord>;

/** A batch: records [start, end) of a lane. */
interface Range {
  start: number;
  end: number;
}

/** What a stream run leaves besides the ledger. */
export interface StreamRunResult {
  onFailureRecords: StreamOnFailureRecord[];
  clockMs: number;
}

/** When the records of a lane expire (they are all put at the start) and what happens to them then. */
function expiryOf(settings: StreamMappingSettings) {
  const retentionMs = settings.stream.retentionHours * 3_600_000;
  const ageMs =
    settings.maximumRecordAgeSeconds === -1 ? Number.POSITIVE_INFINITY : settings.maximumRecordAgeSeconds * 1000;
  // Past MaximumRecordAgeInSeconds Lambda discards a record (to the destination); past retention the stream trims it.
  return ageMs < retentionMs ? { at: ageMs, discardedByLambda: true } : { at: retentionMs, discardedByLambda: false };
}

/**
 * Reads one lane (a shard, or one of its ParallelizationFactor batchers) as a stream mapping does, on its own virtual
 * clock. Lambda checkpoints before the first failed record and retries from it. With BisectBatchOnFunctionError a
 * failed batch is split (at the failed record, or in halves when nothing succeeded) and the parts retried, which
 * uses no retry attempt, so a poison record ends alone in a batch. A failure at the same record counts an attempt;
 * past MaximumRetryAttempts the records from it to the batch's end are discarded (described to the OnFailure
 * destination). Records past MaximumRecordAgeInSeconds are discarded too, and past the stream's retention they are
 * gone. With unbounded retries, a record failing stuckAfterAttempts times in a row moves the clock to its expiry
 * rather than retrying through a day of invocations.
 */
class StreamLane {
  private clock = 0;
  private position = 0;
  /** Batches to retry before reading on: retried remainders and bisected halves, the next one last. */
  private readonly pending: Range[] = [];
  private failing?: { position: number; attempts: number; invocation: HandlerInvocation };
  /** The real time the virtual clock's zero stands for: when the lane's records arrived. */
  private readonly epochMs: number;

  constructor(
    private readonly run: SimulationRun,
    private readonly settings: StreamMappingSettings,
    private readonly records: readonly StreamRecord[],
    private readonly onFailureRecords: StreamOnFailureRecord[],
  ) {
    this.epochMs = records[0] ? arrivalOf(records[0].record).getTime() : 0;
  }

  async read(): Promise<number> {
    const { settings, records, run } = this;
    const expiry = expiryOf(settings);
    while (this.position < records.length && !run.exhausted) {
      if (this.clock >= expiry.at) {
        this.expireRest(expiry.discardedByLambda);
        break;
      }
      const range = this.pending.pop() ?? this.freshRead();
      const batch = records.slice(range.start, range.end);
      const identifiers = batch.map((record) => record.identifier);
      const { invocation, report, durationMs } = await run.invoke(batch.map((record) => record.record));
      this.clock += durationMs;
      const outcome = streamBatchOutcome({
        identifiers,
        invocation,
        reportBatchItemFailures: settings.reportBatchItemFailures,
      });
      run.record(report, outcome);
      if (outcome.retryFrom === undefined) {
        this.advanceTo(range.end);
        continue;
      }
      this.afterFailure(range, range.start + identifiers.indexOf(outcome.retryFrom), invocation);
    }
    return this.clock;
  }

  /** The next batch from the checkpoint: BatchSize records, waiting out the batching window when fewer are left. */
  private freshRead(): Range {
    const end = Math.min(this.position + this.settings.batchSize, this.records.length);
    if (end - this.position < this.settings.batchSize) this.clock += this.settings.maximumBatchingWindowSeconds * 1000;
    return { start: this.position, end };
  }

  private afterFailure(range: Range, failedAt: number, invocation: HandlerInvocation): void {
    const { bisectBatchOnFunctionError, maximumRetryAttempts } = this.settings;
    this.advanceTo(failedAt);
    const rest = { start: failedAt, end: range.end };
    // Bisecting uses no retry attempt: a partial failure splits the batch at the failed record, a failure without
    // progress splits it in halves, and only a batch of one record that fails counts an attempt.
    if (bisectBatchOnFunctionError && range.end - range.start > 1) {
      const middle = rest.start + Math.ceil((rest.end - rest.start) / 2);
      if (failedAt > range.start) this.pending.push(rest);
      else this.pending.push({ start: middle, end: rest.end }, { start: rest.start, end: middle });
      return;
    }
    const attempts = this.failing?.position === failedAt ? this.failing.attempts + 1 : 1;
    this.failing = { position: failedAt, attempts, invocation };
    if (maximumRetryAttempts !== -1 && attempts > maximumRetryAttempts) {
      this.discard(rest, 'RetryAttemptsExhausted');
      this.advanceTo(rest.end);
      return;
    }
    if (maximumRetryAttempts === -1 && attempts >= this.run.limits.stuckAfterAttempts) {
      this.clock = Math.max(this.clock, expiryOf(this.settings).at);
    }
    this.pending.push(rest);
  }

  /** Everything from the checkpoint on has expired (all records arrived at the start): discarded or trimmed. */
  private expireRest(discardedByLambda: boolean): void {
    this.pending.length = 0;
    for (let start = this.position; start < this.records.length; start += this.settings.batchSize) {
      const range = { start, end: Math.min(start + this.settings.batchSize, this.records.length) };
      if (discardedByLambda) this.discard(range, 'RecordAgeExceeded');
      else this.run.ledger.markGone(this.identifiersOf(range), 'expired');
    }
    this.position = this.records.length;
  }

  private discard(range: Range, condition: 'RetryAttemptsExhausted' | 'RecordAgeExceeded'): void {
    const { settings, run } = this;
    const identifiers = this.identifiersOf(range);
    if (settings.onFailureDestinationArn === undefined) {
      run.ledger.markGone(identifiers, 'discarded-without-destination');
      return;
    }
    const records = this.records.slice(range.start, range.end);
    const last = this.failing?.position === range.start ? this.failing : undefined;
    this.onFailureRecords.push(
      streamOnFailureRecord({
        settings,
        functionArn: run.functionArn,
        records,
        condition,
        invokeCount: last?.attempts ?? 0,
        timestamp: new Date(this.epochMs + this.clock),
        ...(last && { invocation: last.invocation }),
      }),
    );
    run.ledger.markDestination(identifiers, 'on-failure');
  }

  /** Checkpoints before `position`: a new position starts its attempts afresh. */
  private advanceTo(position: number): void {
    if (position > this.position) this.failing = undefined;
    this.position = position;
  }

  private identifiersOf(range: Range): string[] {
    return this.records.slice(range.start, range.end).map((record) => record.identifier);
  }
}

/**
 * Runs a Kinesis or DynamoDB Streams mapping over the records: each shard, and with a ParallelizationFactor each of
 * its lanes (records of one partition key stay in one lane), is read in order on its own clock. Records the filters
 * reject are skipped by the iterator without an invocation.
 */
export async function runStreamSimulation(
  run: SimulationRun,
  settings: StreamMappingSettings,
  records: readonly StreamRecord[],
): Promise<StreamRunResult> {
  const lanes = new Map<string, StreamRecord[]>();
  for (const record of records) {
    const lane = `${record.shardId}#${record.lane}`;
    const laneRecords = lanes.get(lane) ?? [];
    laneRecords.push(record);
    lanes.set(lane, laneRecords);
  }
  const onFailureRecords: StreamOnFailureRecord[] = [];
  let clockMs = 0;
  for (const laneRecords of lanes.values()) {
    clockMs = Math.max(clockMs, await new StreamLane(run, settings, laneRecords, onFailureRecords).read());
  }
  return { onFailureRecords, clockMs };
}
