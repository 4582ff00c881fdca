import type { JsonLogLine } from '@lambda-blueprints/testing';

/** The lines the record function wrote for readings (not the runtime's metric or failure lines). */
export const readingLines = (lines: readonly JsonLogLine[]): JsonLogLine[] =>
  lines.filter((line) => 'readingId' in line);

/**
 * For captureJsonLines' onLine: fails the first write of the line of one reading only, as a sink that is briefly
 * down would, so the record function throws for that reading once.
 */
export function failsOnceFor(readingId: string | undefined): (line: JsonLogLine) => void {
  let failed = false;
  return (line) => {
    if (failed || line.readingId !== readingId) return;
    failed = true;
    throw new Error(`stdout refused the line of ${readingId}`);
  };
}
