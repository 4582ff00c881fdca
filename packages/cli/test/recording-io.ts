import type { CliIo } from '../src/index.js';

/** A CliIo that keeps what a command wrote, for in-process command tests. */
export function recordingIo(): CliIo & { out: () => string; err: () => string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    out: () => stdout.join(''),
    err: () => stderr.join(''),
  };
}
