import { type NumericRange, sqsLimits, streamLimits } from '@lambda-blueprints/cdk/limits';
import type { BlueprintSource, SettingId, SourceSettings } from './answers.js';

/** One setting of a source: its flag, its prompt, the range AWS accepts, and where it lives in infra/config.ts. */
export interface SettingSpec {
  id: SettingId;
  flag: `--${string}`;
  /** The prompt's question. */
  message: string;
  /** The range the CDK construct enforces (from @lambda-blueprints/cdk/limits). */
  range: NumericRange;
  /** Dotted path in the config object. */
  configPath: string;
  /** Only for a source the stack creates (an existing queue's redrive policy and retention are its owner's). */
  newSourceOnly: boolean;
}

// SQS keeps a message 60 s to 14 days; the blueprints set it in whole days. (aws-cdk-lib checks it, not packages/cdk.)
const retentionDays: NumericRange = { min: 1, max: 14, unit: 'days' };

const batchSize = (range: NumericRange, message: string): SettingSpec => ({
  id: 'batchSize',
  flag: '--batch-size',
  message,
  range,
  configPath: 'source.batchSize',
  newSourceOnly: false,
});

const batchingWindow = (range: NumericRange): SettingSpec => ({
  id: 'batchingWindow',
  flag: '--batching-window',
  message: `Batching window: seconds Lambda gathers records before invoking (${range.min}-${range.max}, 0 for none)`,
  range,
  configPath: 'source.maxBatchingWindowSeconds',
  newSourceOnly: false,
});

const newQueueSettings: SettingSpec[] = [
  {
    id: 'maxReceiveCount',
    flag: '--max-receive-count',
    message: 'Retries: receives of a failing message before the queue moves it to its DLQ (1-1000)',
    range: sqsLimits.maxReceiveCount,
    configPath: 'source.newQueue.maxReceiveCount',
    newSourceOnly: true,
  },
  {
    id: 'retentionDays',
    flag: '--retention-days',
    message: 'Record age: days the queue keeps a message before dropping it (1-14)',
    range: retentionDays,
    configPath: 'source.newQueue.retentionPeriodDays',
    newSourceOnly: true,
  },
];

const streamSettings: SettingSpec[] = [
  batchSize(streamLimits.batchSize, 'Batch size: records per invocation (1-10000)'),
  batchingWindow(streamLimits.maxBatchingWindow),
  {
    id: 'retries',
    flag: '--retries',
    message: 'Retries of a failing batch before it goes to the on-failure queue (0-10000)',
    range: streamLimits.retryAttempts,
    configPath: 'source.retryAttempts',
    newSourceOnly: false,
  },
  {
    id: 'recordAge',
    flag: '--record-age',
    message: 'Record age: seconds after which a record goes to the on-failure queue unprocessed (60-604800)',
    range: streamLimits.maxRecordAge,
    configPath: 'source.maxRecordAgeSeconds',
    newSourceOnly: false,
  },
];

/** The settings each source has, in the order they are asked. */
export const sourceSettings: Readonly<Record<BlueprintSource, readonly SettingSpec[]>> = {
  sqs: [
    batchSize(
      sqsLimits.batchSizeWithWindow,
      'Batch size: messages per invocation (1-10, or up to 10000 with a batching window)',
    ),
    batchingWindow(sqsLimits.maxBatchingWindow),
    ...newQueueSettings,
  ],
  // FIFO queues take batches of at most 10 and no batching window.
  'sqs-fifo': [batchSize(sqsLimits.batchSize, 'Batch size: messages per invocation (1-10)'), ...newQueueSettings],
  kinesis: streamSettings,
  'dynamodb-streams': streamSettings,
};

/** Every setting flag, whichever source has it. */
export const settingFlags: ReadonlyMap<SettingId, `--${string}`> = new Map(
  Object.values(sourceSettings).flatMap((specs) => specs.map((spec) => [spec.id, spec.flag] as const)),
);

/** The settings that apply to a source, new or existing. */
export function settingsFor(source: BlueprintSource, existingSource: boolean): readonly SettingSpec[] {
  return sourceSettings[source].filter((spec) => !(existingSource && spec.newSourceOnly));
}

/**
 * The range a batch size must be in, given the other settings: SQS standard queues take up to 10 messages, or up to
 * 10,000 with a batching window.
 */
export function batchSizeRange(
  source: BlueprintSource,
  settings: SourceSettings,
): { range: NumericRange; why: string } {
  if (source === 'sqs') {
    return (settings.batchingWindow ?? 0) > 0
      ? { range: sqsLimits.batchSizeWithWindow, why: 'for a standard queue with a batching window' }
      : {
          range: sqsLimits.batchSize,
          why: 'for a standard queue without a batching window (--batching-window > 0 allows up to 10000)',
        };
  }
  if (source === 'sqs-fifo') return { range: sqsLimits.batchSize, why: 'for a FIFO queue' };
  return { range: streamLimits.batchSize, why: `for a ${source} source` };
}
