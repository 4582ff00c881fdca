import { runProbe } from './probe-process.js';
import type { ProbeScripts } from './probe-scripts.js';
import type { ProbedResponse } from './probes/probe-support.js';

/** What one invocation did: the response it returned, or the error it threw (as `Name: message`). */
export type BatchOutcome = { response: ProbedResponse | undefined } | { thrown: string };

/** Invokes a handler bundle once with `eventFile` in a fresh `node`, and returns what it did. */
export function batchOutcomeOf(probes: ProbeScripts, handlerFile: string, eventFile: string): BatchOutcome {
  return runProbe<BatchOutcome>('batch response', probes.batchResponse, [handlerFile, eventFile]).result;
}
