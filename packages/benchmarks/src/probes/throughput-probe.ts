import { median } from '../median.js';
import type { ThroughputSchedule } from '../throughput.js';
import {
  expectNoFailures,
  invocationContext,
  loadHandler,
  type ProbedHandler,
  probeArguments,
  readEvent,
  writeResult,
} from './probe-support.js';

// Records per second of several handlers in one process, on the same event: after a JIT warm-up the handlers take
// turns for short rounds and each gets the median of its rounds, so load from other processes hits them alike.
const [eventFile = '', scheduleJson = '', ...handlerFiles] = probeArguments(
  3,
  '<event file> <schedule JSON> <handler file>...',
);
const schedule = JSON.parse(scheduleJson) as ThroughputSchedule;
const event = readEvent(eventFile) as { Records: unknown[] };
const recordsPerCall = event.Records.length;
const context = invocationContext('throughput');

async function roundRate(handler: ProbedHandler): Promise<number> {
  let calls = 0;
  const startedAt = performance.now();
  do {
    await handler(event, context);
    calls++;
  } while (performance.now() - startedAt < schedule.roundMs);
  return (calls * recordsPerCall * 1000) / (performance.now() - startedAt);
}

const handlers: ProbedHandler[] = [];
for (const file of handlerFiles) {
  const handler = await loadHandler(file);
  for (let call = 0; call < schedule.warmUpCalls; call++) {
    expectNoFailures(file, await handler(event, context));
  }
  handlers.push(handler);
}
const samples = handlers.map((): number[] => []);
for (let round = 0; round < schedule.rounds; round++) {
  for (const [index, handler] of handlers.entries()) {
    samples[index]?.push(await roundRate(handler));
  }
}
writeResult({ recordsPerSecond: samples.map(median) });
