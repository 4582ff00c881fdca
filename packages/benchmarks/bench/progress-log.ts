import { formatDuration } from '../src/index.js';

/** Prints what the bench is doing, with the time since it started: a full pass takes minutes. */
export function progressLog(startedAt: number): (message: string) => void {
  return (message) => {
    process.stdout.write(`[${formatDuration((performance.now() - startedAt) / 1000)}] ${message}\n`);
  };
}
