import { type CliIo, processIo } from '../cli-io.js';

/** Where progress is written, and whether it may be redrawn in place. */
export interface ProgressOutput {
  write(text: string): void;
  isTty: boolean;
}

/**
 * The progress output of a command's io. processIo writes through process.stderr.write looked up at each call,
 * which captureLogs replaces while the function runs (its logs are kept, not printed): progress uses the stream's
 * own write, bound before the capture starts. Any other io (tests) gets plain lines.
 */
export function progressOutputOf(io: CliIo): ProgressOutput {
  if (io !== processIo) return { write: (text) => io.stderr(text), isTty: false };
  const write = process.stderr.write.bind(process.stderr);
  return { write: (text) => void write(text), isTty: process.stderr.isTTY === true };
}

/** Redraws on a terminal at most this often: a simulation reports after every invocation. */
const REDRAW_INTERVAL_MS = 100;

/** Plain lines (no terminal) are written at each of these steps of the total. */
const PLAIN_STEPS = 10;

/**
 * A progress line on stderr: overwritten in place on a terminal, a plain line at each tenth of the work otherwise
 * (logs and CI keep a readable history instead of carriage returns).
 */
export class ProgressLine {
  private lastDrawMs = 0;
  private nextStep = 1;
  private drawn = false;

  constructor(private readonly output: ProgressOutput) {}

  update(text: string, done: number, total: number): void {
    if (this.output.isTty) {
      const now = Date.now();
      if (now - this.lastDrawMs < REDRAW_INTERVAL_MS && done < total) return;
      this.lastDrawMs = now;
      this.output.write(`\r\x1b[2K${text}`);
      this.drawn = true;
      return;
    }
    const step = total > 0 ? Math.floor((done / total) * PLAIN_STEPS) : PLAIN_STEPS;
    if (step < this.nextStep) return;
    this.nextStep = step + 1;
    this.output.write(`${text}\n`);
  }

  /** Clears the redrawn line, so that what is printed next starts at the left edge. */
  finish(): void {
    if (this.drawn) this.output.write('\r\x1b[2K');
    this.drawn = false;
  }
}
