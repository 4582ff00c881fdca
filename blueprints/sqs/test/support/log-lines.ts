import { afterEach, beforeEach, vi } from 'vitest';

/** One JSON line of the runtime: a failure log line (level, itemIdentifier, error) or the metric line (`_aws`). */
export interface LogLine {
  level?: string;
  itemIdentifier?: string;
  error?: { name: string; message: string };
  [field: string]: unknown;
}

/**
 * Collects the JSON lines the handler writes to stdout (its failure logs and metric line) instead of printing them,
 * for every test of the file. The returned array is emptied before each test.
 */
export function captureLogLines(): LogLine[] {
  const lines: LogLine[] = [];
  beforeEach(() => {
    lines.length = 0;
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return lines;
}
