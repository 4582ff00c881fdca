/**
 * Milliseconds on a monotonic clock, for durations. Not `performance.now()`: its first use loads Node's whole
 * perf_hooks module graph (about a millisecond), which would land on every cold start; `process.hrtime` is built in.
 */
export function monotonicMs(): number {
  const [seconds, nanoseconds] = process.hrtime();
  return seconds * 1e3 + nanoseconds / 1e6;
}
