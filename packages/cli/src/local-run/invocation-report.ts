import type { FunctionInvocationResult, LogLine } from '@lambda-blueprints/testing';
import { FunctionInvocationFailedError } from '../errors.js';

const logLineText = (line: LogLine): string => (line.level === undefined ? line.text : `${line.level}\t${line.text}`);

/**
 * The log of one invocation as Lambda writes it to CloudWatch Logs: START, the function's lines (console lines with
 * their level), END, and REPORT with the duration and the configuration it ran with.
 */
export function invocationLogText(result: FunctionInvocationResult): string {
  const { invocation, config, logs, durationMs } = result;
  const id = invocation.requestId;
  return [
    `START RequestId: ${id} Version: $LATEST`,
    ...logs.map(logLineText),
    `END RequestId: ${id}`,
    `REPORT RequestId: ${id}\tDuration: ${durationMs.toFixed(2)} ms\tMemory Size: ${config.memoryMb} MB\t` +
      `Timeout: ${config.timeoutSeconds} s\tFunction: ${config.functionName}`,
    '',
  ].join('\n');
}

/** What Lambda returns for an error: the error's type and message. */
function errorResponse(error: unknown): { errorType: string; errorMessage: string } {
  return error instanceof Error
    ? { errorType: error.name, errorMessage: error.message }
    : { errorType: typeof error, errorMessage: String(error) };
}

/** The response the caller of the invoke gets, as JSON text: the handler's value, or the error Lambda reports. */
export function invocationResponseText(result: FunctionInvocationResult): string {
  const { invocation, config } = result;
  const response =
    invocation.kind === 'returned'
      ? (invocation.response ?? null)
      : invocation.kind === 'threw'
        ? errorResponse(invocation.error)
        : {
            errorType: 'Sandbox.Timedout',
            errorMessage: `RequestId: ${invocation.requestId} Error: Task timed out after ${config.timeoutSeconds.toFixed(2)} seconds`,
          };
  return `${JSON.stringify(response, null, 2)}\n`;
}

/** The error a command fails with when the function threw or timed out; undefined when it returned. */
export function invocationFailure(result: FunctionInvocationResult): FunctionInvocationFailedError | undefined {
  const { invocation, config } = result;
  if (invocation.kind === 'threw') {
    const { errorType, errorMessage } = errorResponse(invocation.error);
    return new FunctionInvocationFailedError(
      `The function threw ${errorType}: ${errorMessage}. Lambda fails the whole batch and delivers it again: ` +
        'fix the handler (its log is above), rebuild and invoke again.',
    );
  }
  if (invocation.kind === 'timed-out') {
    return new FunctionInvocationFailedError(
      `The function ran past its ${config.timeoutSeconds} s Timeout. Lambda fails the whole batch and delivers it ` +
        'again: make the handler faster, or raise the timeout in infra/ and synth again.',
    );
  }
  return undefined;
}
