import type { KinesisOnFailureRecord } from '../stream-on-failure-record.js';
import type { MappingSettings } from './mapping-settings.js';

/** Why a record ended neither processed, nor in a DLQ or on-failure destination, nor filtered out. */
export type LostReason =
  /** Lambda deleted or checkpointed it after its processing failed, because ReportBatchItemFailures is off. */
  | 'failure-ignored'
  /** A stream batch was discarded (retries exhausted, or too old) and the mapping has no OnFailure destination. */
  | 'discarded-without-destination'
  /** The source deleted it unprocessed: past the queue's MessageRetentionPeriod or the stream's retention. */
  | 'expired'
  /** Still in the source when the run stopped (maxInvocations, or the against-local time limit). */
  | 'unfinished';

/** Where Lambda or SQS put a record that kept failing. */
export type RecordDestination = 'dead-letter-queue' | 'on-failure';

/** Everything that happened to one record. */
export interface LedgerEntry {
  /** Its position in the input. */
  index: number;
  /** messageId (SQS) or sequence number (streams): the itemIdentifier of partial batch responses. */
  identifier: string;
  /** The FIFO message group, or the stream partition key (DynamoDB: item key), that orders it. */
  orderingKey?: string;
  /** Streams: the shard it was put to. */
  shardId?: string;
  /** Planned to fail on every delivery. */
  poison: boolean;
  /** How many invocations it was in (filtered records are in none). */
  deliveries: number;
  /** How many times the handler processed it without failing it; more than once is a duplicate. */
  handled: number;
  /** How many of its deliveries failed by injection (its own, or carried by an earlier failure of its group/shard). */
  injectedFailures: number;
  /** Dropped by the mapping's FilterCriteria without invoking the function. */
  filtered: boolean;
  destination?: RecordDestination;
  /** Set when the record is lost, with why. */
  lost?: LostReason;
}

/** The counts a CLI prints; `lost > 0` is the failure to report. */
export interface SimulationSummary {
  recordsIn: number;
  /** Handled at least once without failing. */
  processed: number;
  /** Delivered more than once. */
  retried: number;
  /** SQS: moved to the queue's DLQ by its redrive policy. */
  toDeadLetterQueue: number;
  /** Streams: described to the OnFailure destination in a discarded batch. */
  toOnFailure: number;
  filtered: number;
  /** Handled more than once (side effects repeated). */
  duplicates: number;
  /** First handled after a later record of its message group or partition key had been handled. */
  outOfOrder: number;
  /** Neither processed, nor in the DLQ or on-failure destination, nor filtered. */
  lost: number;
  /** The lost records by reason: names what a mapping without ReportBatchItemFailures or a destination costs. */
  lostBy: Record<LostReason, number>;
  invocations: number;
}

/** A discarded stream batch as Lambda describes it to the OnFailure destination. */
export type StreamOnFailureRecord =
  | KinesisOnFailureRecord
  | (Omit<KinesisOnFailureRecord, 'KinesisBatchInfo'> & {
      DDBStreamBatchInfo: KinesisOnFailureRecord['KinesisBatchInfo'];
    });

/** Everything a simulation did. */
export interface SimulationResult {
  settings: MappingSettings;
  /** The seed the run used: pass it again to repeat the run. */
  seed: string;
  summary: SimulationSummary;
  /** One entry per input record, by index. */
  ledger: LedgerEntry[];
  /** Streams: what the OnFailure destination received, in order. */
  onFailureRecords: StreamOnFailureRecord[];
  /** SQS: the messageIds moved to the DLQ, in order. */
  deadLetterQueue: string[];
  /** What in the settings risks loss or duplicates, and what the run does not model. */
  warnings: string[];
  /** How long the run took on the virtual clock (the slowest shard, for streams). */
  virtualDurationMs: number;
}

/** Reported after every invocation. */
export interface SimulationProgress {
  recordsIn: number;
  invocations: number;
  /** Records Lambda is done with (processed, moved, discarded, filtered, lost). */
  settled: number;
  processed: number;
}
