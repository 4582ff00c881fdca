import { spawnSync } from 'node:child_process';
import { ProbeFailedError } from './errors.js';
import { RESULT_FD } from './probes/probe-support.js';

/** What one probe process wrote, and the wall time of the whole process from spawn to exit. */
export interface ProbeRun<TResult> {
  result: TResult;
  wallMs: number;
}

// The environment a function has in Lambda, as far as the contenders read it; NODE_OPTIONS stays out so that no
// loader or flag of the bench's own process is charged to the probes.
function probeEnvironment(): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _, ...environment } = process.env;
  return { ...environment, AWS_LAMBDA_FUNCTION_NAME: 'benchmark', AWS_REGION: 'us-east-1' };
}

/**
 * Runs a probe script in a fresh `node` and returns the JSON result it wrote to its result descriptor. The handler's
 * stdout goes nowhere (as cheap as Lambda's log pipe), its stderr is kept for the error when the probe fails.
 */
export function runProbe<TResult>(probe: string, script: string, args: readonly string[]): ProbeRun<TResult> {
  const startedAt = performance.now();
  const run = spawnSync(process.execPath, [script, ...args], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: probeEnvironment(),
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - startedAt;
  const written = run.output?.[RESULT_FD];
  if (run.status !== 0 || typeof written !== 'string' || written === '') {
    throw new ProbeFailedError(probe, args, run.status, `${run.stderr ?? ''}${run.error?.message ?? ''}`);
  }
  return { result: JSON.parse(written) as TResult, wallMs };
}
