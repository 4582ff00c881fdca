// How the report writes absolute figures: enough digits to read, not more than the noise allows.

export const formatKb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export const formatMb = (bytes: number): string => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

export const formatMs = (ms: number): string => `${ms.toFixed(ms < 100 ? 1 : 0)} ms`;

export const formatSeconds = (seconds: number): string => `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;

/** Records per second, in thousands or millions. */
export function formatRate(recordsPerSecond: number): string {
  return recordsPerSecond >= 1e6
    ? `${(recordsPerSecond / 1e6).toFixed(2)} M/s`
    : `${(recordsPerSecond / 1e3).toFixed(recordsPerSecond < 1e4 ? 2 : 1)} k/s`;
}

/** A duration as minutes and seconds: 7 min 05 s. */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

/** A count and its noun, plural when it is not one: 1 run, 21 runs. */
export const formatCount = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
