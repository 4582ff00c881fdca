import type { HandlerInvocation } from '../../src/index.js';

/** The handler returned `response`. */
export const returned = (response: unknown): HandlerInvocation => ({ kind: 'returned', requestId: 'req-1', response });

/** The handler threw. */
export const threw = (): HandlerInvocation => ({ kind: 'threw', requestId: 'req-1', error: new Error('boom') });

/** The handler ran out of time. */
export const timedOut = (): HandlerInvocation => ({ kind: 'timed-out', requestId: 'req-1', timeoutMs: 3_000 });

/** A partial batch response reporting `identifiers`. */
export const failures = (...identifiers: unknown[]) => ({
  batchItemFailures: identifiers.map((itemIdentifier) => ({ itemIdentifier })),
});
