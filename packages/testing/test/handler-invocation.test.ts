import type { Callback, Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { invokeHandler } from '../src/index.js';

const event = { Records: [] };

describe('invokeHandler', () => {
  it('returns what an async handler resolves with', async () => {
    // Prepare
    const handler = async () => ({ batchItemFailures: [] });

    // Act
    const invocation = await invokeHandler(handler, event);

    // Assess
    expect(invocation).toMatchObject({ kind: 'returned', response: { batchItemFailures: [] } });
  });

  it('reports a rejection as a thrown error', async () => {
    // Prepare
    const error = new Error('database down');
    const handler = async () => {
      throw error;
    };

    // Act
    const invocation = await invokeHandler(handler, event);

    // Assess
    expect(invocation).toMatchObject({ kind: 'threw', error });
  });

  it('reports a synchronous throw as a thrown error', async () => {
    // Prepare
    const handler = () => {
      throw new TypeError('bad record');
    };

    // Act
    const invocation = await invokeHandler(handler, event);

    // Assess
    expect(invocation.kind).toBe('threw');
  });

  it('takes the result a callback-style handler passes to its callback', async () => {
    // Prepare
    const handler = (_event: unknown, _context: Context, callback: Callback) => {
      setTimeout(() => callback(null, { batchItemFailures: [{ itemIdentifier: 'm-1' }] }), 5);
    };

    // Act
    const invocation = await invokeHandler(handler, event);

    // Assess
    expect(invocation).toMatchObject({
      kind: 'returned',
      response: { batchItemFailures: [{ itemIdentifier: 'm-1' }] },
    });
  });

  it('times out a handler that runs past the function timeout', async () => {
    // Prepare
    const handler = () => new Promise((resolve) => setTimeout(resolve, 1_000));

    // Act
    const invocation = await invokeHandler(handler, event, { timeoutMs: 20 });

    // Assess
    expect(invocation).toMatchObject({ kind: 'timed-out', timeoutMs: 20 });
  });

  it('passes a context whose request id identifies the invocation', async () => {
    // Prepare
    let seen: Context | undefined;
    const handler = async (_event: unknown, context: Context) => {
      seen = context;
    };

    // Act
    const invocation = await invokeHandler(handler, event, { functionName: 'fn' });

    // Assess
    expect(seen?.functionName).toBe('fn');
    expect(invocation.requestId).toBe(seen?.awsRequestId);
  });
});
