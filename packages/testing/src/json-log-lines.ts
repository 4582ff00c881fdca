/** One JSON line code wrote to stdout: a line of the record function, or the runtime's failure or metric line. */
export interface JsonLogLine {
  level?: string;
  message?: string;
  itemIdentifier?: string;
  error?: { name: string; message: string };
  [field: string]: unknown;
}

export interface JsonLineCaptureOptions {
  /**
   * Sees each line as it is written. A throw fails that write (the line is not kept), as a failing log or sink call
   * would: how a test makes one record fail on purpose.
   */
  onLine?: (line: JsonLogLine) => void;
}

const textOf = (chunk: unknown): string =>
  typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');

/**
 * Runs `work` while the lines written to process.stdout are parsed as JSON and kept instead of printed (the runtime
 * writes its structured logs there directly), and returns them with the work's result. Every line must be JSON.
 * Capture is process-wide: runs must not overlap.
 */
export async function captureJsonLines<T>(
  work: () => T | Promise<T>,
  options: JsonLineCaptureOptions = {},
): Promise<{ result: T; lines: JsonLogLine[] }> {
  const lines: JsonLogLine[] = [];
  const originalWrite = process.stdout.write;
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]): boolean => {
    for (const text of textOf(chunk).split('\n').filter(Boolean)) {
      const line = JSON.parse(text) as JsonLogLine;
      options.onLine?.(line);
      lines.push(line);
    }
    const callback = rest.find((argument) => typeof argument === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  try {
    return { result: await work(), lines };
  } finally {
    process.stdout.write = originalWrite;
  }
}
