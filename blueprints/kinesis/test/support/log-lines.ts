import { vi } from 'vitest';

/** One JSON log line the code under test wrote to stdout. */
export type LogLine = Record<string, unknown>;

/**
 * Collects the JSON lines written to stdout from now on (the record function's lines and the runtime's metric
 * lines) instead of printing them. `failWhen` makes a write throw, as a failing log or sink call would. Undone by
 * `vi.restoreAllMocks()`.
 */
export function captureLogLines(failWhen: (line: LogLine) => boolean = () => false): LogLine[] {
  const lines: LogLine[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    const written = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    for (const text of written.split('\n').filter(Boolean)) {
      const line = JSON.parse(text) as LogLine;
      if (failWhen(line)) throw new Error(`stdout refused the line ${text}`);
      lines.push(line);
    }
    return true;
  });
  return lines;
}

/** The lines the record function wrote for readings (not the runtime's metric or failure lines). */
export const readingLines = (lines: readonly LogLine[]): LogLine[] => lines.filter((line) => 'readingId' in line);
