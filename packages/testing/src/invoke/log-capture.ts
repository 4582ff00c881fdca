import { format } from 'node:util';

/** The level Lambda's Node.js runtime labels each console method's lines with. */
const CONSOLE_LEVELS = {
  log: 'INFO',
  info: 'INFO',
  debug: 'DEBUG',
  trace: 'TRACE',
  warn: 'WARN',
  error: 'ERROR',
} as const;

type ConsoleMethod = keyof typeof CONSOLE_LEVELS;

/** One line a function wrote while it ran. */
export interface LogLine {
  stream: 'stdout' | 'stderr';
  /** Set for console output, with the level Lambda gives it (console.log is INFO). */
  level?: (typeof CONSOLE_LEVELS)[ConsoleMethod];
  /** The text without its line break; a console call with line breaks in its message stays one entry, as in Lambda. */
  text: string;
}

type StreamName = LogLine['stream'];

const textOf = (chunk: unknown): string =>
  typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString();

/**
 * Runs `work` while everything written to process.stdout, process.stderr and the console is captured instead of
 * printed, and returns the lines with the work's result. Structured loggers that write to the streams directly are
 * captured too. Capture is process-wide: runs must not overlap.
 */
export async function captureLogs<T>(work: () => Promise<T>): Promise<{ result: T; lines: LogLine[] }> {
  const lines: LogLine[] = [];
  const partial: Record<StreamName, string> = { stdout: '', stderr: '' };
  const streams = { stdout: process.stdout, stderr: process.stderr };
  const originalWrites = { stdout: streams.stdout.write, stderr: streams.stderr.write };
  const originalConsole = Object.fromEntries(
    Object.keys(CONSOLE_LEVELS).map((method) => [method, console[method as ConsoleMethod]]),
  );

  const captureWrite = (stream: StreamName) =>
    ((chunk: unknown, ...rest: unknown[]): boolean => {
      const [complete, ...more] = `${partial[stream]}${textOf(chunk)}`.split('\n').reverse();
      partial[stream] = complete ?? '';
      for (const text of more.reverse()) lines.push({ stream, text });
      const callback = rest.find((argument) => typeof argument === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }) as typeof process.stdout.write;

  streams.stdout.write = captureWrite('stdout');
  streams.stderr.write = captureWrite('stderr');
  for (const [method, level] of Object.entries(CONSOLE_LEVELS)) {
    const stream: StreamName = level === 'WARN' || level === 'ERROR' ? 'stderr' : 'stdout';
    console[method as ConsoleMethod] = (...args: unknown[]) => lines.push({ stream, level, text: format(...args) });
  }
  const restore = () => {
    streams.stdout.write = originalWrites.stdout;
    streams.stderr.write = originalWrites.stderr;
    Object.assign(console, originalConsole);
    // A last write without a line break is still a line.
    for (const stream of ['stdout', 'stderr'] as const) {
      if (partial[stream] !== '') lines.push({ stream, text: partial[stream] });
    }
  };
  let result: T;
  try {
    result = await work();
  } finally {
    restore();
  }
  return { result, lines };
}
