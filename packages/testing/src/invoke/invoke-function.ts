import { performance } from 'node:perf_hooks';
import type { CloudFormationTemplate } from '../cloudformation/template.js';
import { type HandlerInvocation, invokeHandler } from '../handler-invocation.js';
import { type FunctionConfig, readFunctionConfig } from './function-config.js';
import { withFunctionEnvironment } from './function-environment.js';
import { loadHandlerBundle } from './handler-bundle.js';
import { captureLogs, type LogLine } from './log-capture.js';

export interface InvokeFunctionOptions {
  /** The function's built bundle: an ES module exporting `handler` (dist/handler.mjs). */
  bundlePath: string;
  /** The synthesized template the function's configuration is read from (`Template.fromStack(stack).toJSON()`). */
  template: CloudFormationTemplate;
  /** The AWS::Lambda::Function to run. @default the template's only function */
  functionLogicalId?: string;
  /** The event, e.g. from generateEvent or an events/*.json file. */
  event: unknown;
  /** Makes the request id and log stream name deterministic. */
  seed?: string | number;
}

/** What one local invoke did. */
export interface FunctionInvocationResult {
  /** The configuration it ran with, read from the template. */
  config: FunctionConfig;
  /** `returned` with the response, `threw` with the error, or `timed-out` at the function's Timeout. */
  invocation: HandlerInvocation;
  /** Everything the function wrote to stdout, stderr and the console while it ran. */
  logs: LogLine[];
  /** Wall-clock milliseconds the invocation took (up to the timeout). */
  durationMs: number;
}

/**
 * Runs the built bundle's handler once, in this process, as Lambda would run the function of the template: a context
 * with its name, memory and a remaining time counting down from its Timeout; its environment variables in
 * process.env for the duration of the call (restored after); its output captured instead of printed. durationMs
 * includes the import of a bundle not loaded before (a cold start).
 */
export async function invokeFunction(options: InvokeFunctionOptions): Promise<FunctionInvocationResult> {
  const config = readFunctionConfig(options.template, options.functionLogicalId);
  const started = performance.now();
  // The import runs inside the environment and the capture, as Lambda's init phase does: module code reads
  // process.env and logs. A bundle already imported (same file, unchanged) is warm: its module code does not run again.
  const { result: invocation, lines } = await captureLogs(() =>
    withFunctionEnvironment(config, async () =>
      invokeHandler(await loadHandlerBundle(options.bundlePath), options.event, {
        functionName: config.functionName,
        timeoutMs: config.timeoutSeconds * 1000,
        memoryMb: config.memoryMb,
        ...(options.seed !== undefined && { seed: options.seed }),
      }),
    ),
  );
  return { config, invocation, logs: lines, durationMs: performance.now() - started };
}
