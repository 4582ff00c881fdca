import type { MappingSettings, StreamMappingSettings } from './mapping-settings.js';

function streamWarnings(settings: StreamMappingSettings): string[] {
  const warnings: string[] = [];
  const { maximumRetryAttempts, maximumRecordAgeSeconds, stream } = settings;
  if (maximumRetryAttempts === -1 && maximumRecordAgeSeconds === -1) {
    warnings.push(
      `Retries and record age are unbounded (-1): a record that always fails blocks its shard until the stream's ` +
        `${stream.retentionHours} h retention trims it, and the backlog behind it with it. Set MaximumRetryAttempts.`,
    );
  }
  if (settings.onFailureDestinationArn === undefined) {
    warnings.push(
      'No OnFailure destination: a discarded batch is lost without a trace. Add DestinationConfig.OnFailure.',
    );
  }
  if (!settings.bisectBatchOnFunctionError) {
    warnings.push(
      'BisectBatchOnFunctionError is off: a failing batch is retried and discarded whole, good records with the bad one.',
    );
  }
  if (settings.tumblingWindowSeconds !== undefined) {
    warnings.push('TumblingWindowInSeconds is not simulated: the handler gets no window state.');
  }
  return warnings;
}

/**
 * What in a mapping's settings risks losing or repeating records, and what the simulator does not model; a CLI
 * prints these next to the summary.
 */
export function settingsWarnings(settings: MappingSettings): string[] {
  const warnings: string[] = [];
  if (!settings.reportBatchItemFailures) {
    warnings.push(
      'ReportBatchItemFailures is off: Lambda ignores the failures a handler reports and deletes (SQS) or ' +
        'checkpoints (streams) those records: they are lost. Add FunctionResponseTypes ["ReportBatchItemFailures"].',
    );
  }
  if (settings.source !== 'sqs') return [...warnings, ...streamWarnings(settings)];
  const { queue, function: fn, maximumBatchingWindowSeconds } = settings;
  const recommended = 6 * fn.timeoutSeconds + maximumBatchingWindowSeconds;
  if (queue.visibilityTimeoutSeconds < recommended) {
    warnings.push(
      `The queue's VisibilityTimeout (${queue.visibilityTimeoutSeconds} s) is below AWS's recommended 6 x function ` +
        `timeout + batching window (${recommended} s): messages come back while still in flight and reach the DLQ ` +
        'early. The simulation has one poller, so it does not show this.',
    );
  }
  if (queue.maxReceiveCount === undefined) {
    warnings.push(
      `The queue has no redrive policy: a message that always fails is received again until its ` +
        `${queue.messageRetentionSeconds} s retention ends, then lost. Add a DLQ.`,
    );
  }
  return warnings;
}
