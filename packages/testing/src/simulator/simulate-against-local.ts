import { randomUUID } from 'node:crypto';
import { InvalidSimulationOptionsError, NoLocalEmulatorError } from '../errors.js';
import { compileFilterCriteria } from './filter-criteria.js';
import { runLocalKinesisSimulation } from './local-kinesis-simulation.js';
import type { LocalRunContext } from './local-run-context.js';
import { runLocalSqsSimulation } from './local-sqs-simulation.js';
import type { MappingSettings } from './mapping-settings.js';
import type { SimulationOptions } from './simulate.js';
import type { SimulationResult } from './simulation-result.js';
import { runLimitsOf, SimulationRun } from './simulation-run.js';
import type { SourceHandler } from './source-record.js';

export interface LocalSimulationOptions extends SimulationOptions {
  /** The run stops after this long; records still in the source count as unfinished. @default 60000 */
  timeoutMs?: number;
  /** The queue's visibility timeout, instead of the template's, so that retries come back quickly. @default 1 */
  visibilityTimeoutSeconds?: number;
}

/**
 * simulate() against real local servers instead of the in-memory model: local-aws-sqs for SQS (standard and FIFO)
 * and kinesalite for Kinesis, each started on 127.0.0.1 and a free port and stopped afterwards, drained by the
 * SqsPoller and KinesisShardReader with the same fault injection and ledger, so the result has the same shape.
 * It runs in real time: keep record counts small. DynamoDB Streams has no local emulator (NoLocalEmulatorError).
 */
export async function simulateAgainstLocal(
  settings: MappingSettings,
  handler: SourceHandler,
  options: LocalSimulationOptions = {},
): Promise<SimulationResult> {
  if (settings.source === 'dynamodb-streams') throw new NoLocalEmulatorError('DynamoDB Streams');
  const { timeoutMs = 60_000, visibilityTimeoutSeconds = 1 } = options;
  if (!Number.isInteger(visibilityTimeoutSeconds) || visibilityTimeoutSeconds < 0) {
    throw new InvalidSimulationOptionsError(
      'visibilityTimeoutSeconds',
      visibilityTimeoutSeconds,
      'a whole number of seconds',
    );
  }
  const seed = String(options.seed ?? randomUUID());
  const limits = runLimitsOf(options);
  const filter = compileFilterCriteria(settings.source, settings.filterPatterns);
  const context: LocalRunContext = {
    options,
    seed,
    deadline: Date.now() + timeoutMs,
    visibilityTimeoutSeconds,
    start: (records) =>
      new SimulationRun({
        settings,
        handler,
        records,
        faults: options,
        limits,
        seed,
        onProgress: options.onProgress,
        filter,
      }),
  };
  return settings.source === 'sqs'
    ? runLocalSqsSimulation(settings, context)
    : runLocalKinesisSimulation(settings, context);
}
