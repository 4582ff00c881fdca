/** Who a log line is about: the record, its place in the batch, and the invocation. */
export interface LoggedRecord {
  sourceLabel: string;
  eventSource: string;
  itemIdentifier: string;
  recordIndex: number;
  awsRequestId: string | undefined;
  /** Present only when `logRecordPayload` is on. */
  payload?: unknown;
}

function describeError(error: unknown): { name: string; message: string } {
  if (error instanceof Error) {
    return { name: error.name, message: error.message };
  }
  let text: string;
  try {
    text = String(error);
  } catch {
    // Objects without a prototype have no toString.
    text = 'a value that cannot be printed';
  }
  return { name: 'NonErrorThrown', message: `The record function threw a ${typeof error}: ${text}` };
}

function recordFields(record: LoggedRecord): Record<string, unknown> {
  const { sourceLabel: _, payload, ...fields } = record;
  return payload === undefined ? fields : { ...fields, payload };
}

/** The line for a record that failed to decode, validate or run. Carries no payload unless asked to. */
export function recordFailedLine(record: LoggedRecord, error: unknown): string {
  return JSON.stringify({
    timestamp: new Date().toISOString(),
    level: 'ERROR',
    message: `${record.sourceLabel} record failed; reported as a batch item failure`,
    ...recordFields(record),
    error: describeError(error),
  });
}

/** The line for a FIFO record reported failed without running because an earlier record of its group failed. */
export function recordSkippedLine(record: LoggedRecord, groupId: string, failedItemIdentifier: string): string {
  return JSON.stringify({
    timestamp: new Date().toISOString(),
    level: 'WARN',
    message: `${record.sourceLabel} record skipped after an earlier failure in its message group; reported as a batch item failure`,
    ...recordFields(record),
    messageGroupId: groupId,
    failedItemIdentifier,
  });
}
