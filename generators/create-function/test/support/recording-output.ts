import type { ProgressOutput } from '../../src/progress-line.js';

/** An output that keeps what it is given, for tests to read. */
export function recordingOutput(): ProgressOutput & { text: () => string } {
  const chunks: string[] = [];
  return { write: (text) => chunks.push(text), isTTY: false, text: () => chunks.join('') };
}
