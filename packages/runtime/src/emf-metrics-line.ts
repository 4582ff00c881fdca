/** The figures of one batch. */
export interface BatchFigures {
  batchSize: number;
  recordsSucceeded: number;
  /** Records reported as batch item failures, FIFO records skipped after a failure included. */
  recordsFailed: number;
  durationMs: number;
  /** Age of the oldest record when the batch finished; streams only. */
  oldestRecordAgeMs: number | undefined;
}

export interface MetricsTarget {
  namespace: string;
  service: string;
}

/**
 * One CloudWatch Embedded Metric Format line: CloudWatch Logs extracts the metrics from it, so a function needs no
 * PutMetricData permission and no extra API call per batch.
 */
export function emfMetricsLine(figures: BatchFigures, target: MetricsTarget, eventSource: string): string {
  const values: Record<string, number> = {
    BatchSize: figures.batchSize,
    RecordsSucceeded: figures.recordsSucceeded,
    RecordsFailed: figures.recordsFailed,
    BatchDuration: figures.durationMs,
  };
  const metrics = [
    { Name: 'BatchSize', Unit: 'Count' },
    { Name: 'RecordsSucceeded', Unit: 'Count' },
    { Name: 'RecordsFailed', Unit: 'Count' },
    { Name: 'BatchDuration', Unit: 'Milliseconds' },
  ];
  if (figures.oldestRecordAgeMs !== undefined) {
    values.OldestRecordAge = figures.oldestRecordAgeMs;
    metrics.push({ Name: 'OldestRecordAge', Unit: 'Milliseconds' });
  }
  return JSON.stringify({
    _aws: {
      Timestamp: Date.now(),
      CloudWatchMetrics: [{ Namespace: target.namespace, Dimensions: [['service']], Metrics: metrics }],
    },
    service: target.service,
    eventSource,
    ...values,
  });
}
