import type { Callback, Context } from 'aws-lambda';
import { DEFAULT_TIMEOUT_MS, type LambdaContextOptions, lambdaContext } from './lambda-context.js';

/** A Lambda handler: async (returns a promise) or callback style (calls `callback`). */
export type LambdaHandler<TEvent> = (event: TEvent, context: Context, callback: Callback) => unknown;

/** How one invocation ended, as Lambda sees it. */
export type HandlerInvocation =
  | { kind: 'returned'; requestId: string; response: unknown }
  | { kind: 'threw'; requestId: string; error: unknown }
  | { kind: 'timed-out'; requestId: string; timeoutMs: number };

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

/**
 * Invokes `handler` once with a fresh lambdaContext, as the Lambda runtime does: the result is the promise's value
 * or what the handler passes to its callback; a throw or rejection is an error; past the timeout it is timed out
 * (the handler's work is not stopped, as it would be when Lambda ends the sandbox: tests must not depend on it).
 */
export function invokeHandler<TEvent>(
  handler: LambdaHandler<TEvent>,
  event: TEvent,
  contextOptions: LambdaContextOptions = {},
): Promise<HandlerInvocation> {
  return invokeWithContext(
    handler,
    event,
    lambdaContext(contextOptions),
    contextOptions.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
}

/**
 * invokeHandler with a context that already exists (a wrapper handing its own context on to the handler it wraps):
 * the invocation times out `timeoutMs` from now.
 */
export async function invokeWithContext<TEvent>(
  handler: LambdaHandler<TEvent>,
  event: TEvent,
  context: Context,
  timeoutMs: number,
): Promise<HandlerInvocation> {
  const requestId = context.awsRequestId;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<HandlerInvocation>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timed-out', requestId, timeoutMs }), timeoutMs);
  });
  const completed = new Promise<HandlerInvocation>((resolve) => {
    const callback: Callback = (error, response) =>
      resolve(error ? { kind: 'threw', requestId, error } : { kind: 'returned', requestId, response });
    try {
      const result = handler(event, context, callback);
      // A handler that declares no callback parameter and returns no promise has finished with its return value.
      if (isThenable(result)) {
        result.then(
          (response) => resolve({ kind: 'returned', requestId, response }),
          (error: unknown) => resolve({ kind: 'threw', requestId, error }),
        );
      } else if (handler.length < 3) {
        resolve({ kind: 'returned', requestId, response: result });
      }
    } catch (error) {
      resolve({ kind: 'threw', requestId, error });
    }
  });
  try {
    return await Promise.race([completed, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
