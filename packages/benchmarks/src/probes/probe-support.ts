import { readFileSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { HandlerUnderTestError } from '../errors.js';

// Probes import nothing but Node built-ins and this file: whatever they load is charged to every measurement alike.

/** The file descriptor a probe writes its JSON result to, apart from the handler's own stdout and stderr. */
export const RESULT_FD = 3;

/** The response of a batch handler, as far as a probe reads it. */
export interface ProbedResponse {
  batchItemFailures?: { itemIdentifier: string }[];
}

/** A Lambda handler as every contender exports it. */
export type ProbedHandler = (event: unknown, context: unknown) => Promise<ProbedResponse | undefined>;

/** The probe's command-line arguments after the script, `count` of them at least. */
export function probeArguments(count: number, usage: string): string[] {
  const args = process.argv.slice(2);
  if (args.length < count) {
    throw new HandlerUnderTestError(`Expected ${usage}, got ${args.length} arguments.`);
  }
  return args;
}

/** Imports a bundle (ESM, or CommonJS as NodejsFunction makes it) and returns its `handler` export. */
export async function loadHandler(file: string): Promise<ProbedHandler> {
  const loaded: { handler?: unknown; default?: { handler?: unknown } } = await import(pathToFileURL(file).href);
  const handler = loaded.handler ?? loaded.default?.handler;
  if (typeof handler !== 'function') {
    throw new HandlerUnderTestError(`${file} exports no function named handler. Export the Lambda handler as handler.`);
  }
  return handler as ProbedHandler;
}

/** Reads a Lambda event from a JSON file, as the runtime receives it: JSON text parsed once. */
export function readEvent(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The context object Lambda passes, with the fields Powertools Logger and the runtime read. */
export function invocationContext(requestId: string): Record<string, unknown> {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'benchmark',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:benchmark',
    memoryLimitInMB: '1024',
    awsRequestId: requestId,
    logGroupName: '/aws/lambda/benchmark',
    logStreamName: '2025/01/01/[$LATEST]0123456789abcdef0123456789abcdef',
    getRemainingTimeInMillis: () => 30_000,
  };
}

/** Throws unless the response reports no failure: the figures are of batches where every record succeeds. */
export function expectNoFailures(file: string, response: ProbedResponse | undefined): void {
  const failures = response?.batchItemFailures?.length ?? 0;
  if (failures > 0) {
    throw new HandlerUnderTestError(
      `${file} reported ${failures} batch item failures on an event whose records are all valid, so its figures ` +
        'would measure its failure path. Check the sample event still matches the handler schema.',
    );
  }
}

/** The CPU time (user + system) this process has used, in milliseconds. */
export function cpuMs(): number {
  const usage = process.resourceUsage();
  return (usage.userCPUTime + usage.systemCPUTime) / 1000;
}

export function writeResult(result: unknown): void {
  writeSync(RESULT_FD, JSON.stringify(result));
}
