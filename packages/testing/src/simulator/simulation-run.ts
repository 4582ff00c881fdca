import type { BatchOutcome } from '../batch-response.js';
import { InvalidSimulationOptionsError } from '../errors.js';
import { type HandlerInvocation, invokeHandler, type LambdaHandler } from '../handler-invocation.js';
import { functionArnOf, type LambdaContextOptions } from '../lambda-context.js';
import { type DeliveryReport, type FailureScope, faultInjectingHandler } from './fault-injecting-handler.js';
import { type FaultOptions, FaultPlan } from './fault-plan.js';
import type { RecordFilter } from './filter-criteria.js';
import type { MappingSettings } from './mapping-settings.js';
import { RecordLedger } from './record-ledger.js';
import { settingsWarnings } from './settings-warnings.js';
import type { SimulatedRecord } from './simulated-records.js';
import type { SimulationProgress, SimulationResult } from './simulation-result.js';
import { identifierOf, isSqsRecord, type SourceEvent, type SourceHandler, type SourceRecord } from './source-record.js';

/** How a run spends time and when it stops. */
export interface RunLimits {
  /** How long one invocation takes on the virtual clock; a timed-out one takes the function's Timeout. @default 100 */
  invocationMs: number;
  /** The run stops after this many invocations; what is left counts as unfinished. @default 1000000 */
  maxInvocations: number;
  /**
   * Streams with unbounded retries: failed attempts in a row at one record after which the clock jumps to the
   * record's expiry instead of retrying through a day of invocations. @default 100
   */
  stuckAfterAttempts: number;
}

const DEFAULT_LIMITS: RunLimits = { invocationMs: 100, maxInvocations: 1_000_000, stuckAfterAttempts: 100 };

/** The limits of `options`, with the defaults for those left out. */
export function runLimitsOf(options: Partial<RunLimits>): RunLimits {
  const limits = {
    invocationMs: options.invocationMs ?? DEFAULT_LIMITS.invocationMs,
    maxInvocations: options.maxInvocations ?? DEFAULT_LIMITS.maxInvocations,
    stuckAfterAttempts: options.stuckAfterAttempts ?? DEFAULT_LIMITS.stuckAfterAttempts,
  };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 1)
      throw new InvalidSimulationOptionsError(name, value, 'a positive integer');
  }
  return limits;
}

/** One invocation as the source loops see it. */
export interface SimulatedInvocation {
  invocation: HandlerInvocation;
  report: DeliveryReport;
  /** Virtual milliseconds it took. */
  durationMs: number;
}

/** What a run's source loop leaves besides the ledger. */
export type RunOutcome = Pick<SimulationResult, 'deadLetterQueue' | 'onFailureRecords' | 'virtualDurationMs'>;

export interface SimulationRunOptions {
  settings: MappingSettings;
  handler: SourceHandler;
  /** The records of the run, with the identifiers the source gave them. */
  records: readonly SimulatedRecord[];
  faults: FaultOptions;
  limits: RunLimits;
  seed: string;
  onProgress?: ((progress: SimulationProgress) => void) | undefined;
  /** Filters inside the wrapped handler, for pollers that hand it records the filters reject (local emulators). */
  filter?: RecordFilter | undefined;
}

/**
 * What every source loop of one simulation shares: the real handler wrapped with the fault plan, the ledger, the
 * function's context, the limits. Invocations must not overlap: each one's delivery report is taken after it.
 */
export class SimulationRun {
  readonly settings: MappingSettings;
  readonly ledger: RecordLedger;
  readonly limits: RunLimits;
  readonly functionArn: string;
  /** The real handler with the planned faults injected; what Lambda (or a local poller) invokes. */
  readonly handler: LambdaHandler<SourceEvent>;
  private latestReport?: DeliveryReport;
  private invocations = 0;

  constructor(private readonly options: SimulationRunOptions) {
    const { settings, records, handler, filter } = options;
    const plan = new FaultPlan(records.length, options.faults, options.seed);
    const ledger = new RecordLedger(records, plan.poison, settings.source !== 'sqs');
    this.settings = settings;
    this.ledger = ledger;
    this.limits = options.limits;
    this.functionArn = functionArnOf(settings.function.functionName);
    const scope: FailureScope = settings.source !== 'sqs' ? 'rest-of-batch' : settings.queue.fifo ? 'group' : 'record';
    this.handler = faultInjectingHandler(handler, {
      plan,
      scope,
      indexOf: ledger.indexOf,
      groupOf: (record) => (isSqsRecord(record) ? record.attributes.MessageGroupId : undefined),
      ...(filter && { filter }),
      onDelivery: (report) => {
        this.latestReport = report;
      },
    });
  }

  /** Whether the run has used up its invocations. */
  get exhausted(): boolean {
    return this.invocations >= this.limits.maxInvocations;
  }

  /** The context every invocation gets: the function's name, Timeout and memory; request ids from the seed. */
  contextOptions(): LambdaContextOptions {
    const { function: fn } = this.settings;
    return {
      functionName: fn.functionName,
      timeoutMs: fn.timeoutSeconds * 1000,
      memoryMb: fn.memoryMb,
      seed: `${this.options.seed}:${this.invocations}`,
    };
  }

  /** Invokes the wrapped handler with a batch, as Lambda would: the function's context, its Timeout in real time. */
  async invoke(records: SourceRecord[]): Promise<SimulatedInvocation> {
    const invocation = await invokeHandler(this.handler, { Records: records }, this.contextOptions());
    const report = this.takeReport(records.map(identifierOf));
    const timeoutMs = this.settings.function.timeoutSeconds * 1000;
    return { invocation, report, durationMs: invocation.kind === 'timed-out' ? timeoutMs : this.limits.invocationMs };
  }

  /** The delivery report of the invocation that just ended. */
  takeReport(identifiers: readonly string[]): DeliveryReport {
    this.invocations += 1;
    const report = this.latestReport;
    this.latestReport = undefined;
    // The wrapper reports synchronously, before its first await; the fallback only satisfies the type.
    return report ?? { identifiers: [...identifiers], handed: [], injected: [], filtered: [] };
  }

  /** Books an invocation's outcome in the ledger and reports progress. */
  record(report: DeliveryReport, outcome: BatchOutcome): void {
    this.ledger.recordInvocation(report, outcome);
    this.options.onProgress?.(this.ledger.progress());
  }

  /** The result of the run: the ledger's final entries and summary, with what the source loop left. */
  result(outcome: RunOutcome, extraWarnings: readonly string[] = []): SimulationResult {
    const ledger = this.ledger.ledger();
    return {
      settings: this.settings,
      seed: this.options.seed,
      summary: this.ledger.summary(ledger),
      ledger,
      ...outcome,
      warnings: [...settingsWarnings(this.settings), ...extraWarnings],
    };
  }
}
