import { describe, expect, it } from 'vitest';
import { type BatchOutcome, retryEffectOf } from '../src/index.js';

const failing = (...identifiers: string[]): BatchOutcome => ({
  response: { batchItemFailures: identifiers.map((itemIdentifier) => ({ itemIdentifier })) },
});

describe('retryEffectOf', () => {
  it('makes a queue handler equal to another that reports the same messages in another order', () => {
    // Act
    const effects = [failing('m-2', 'm-1'), failing('m-1', 'm-2')].map((outcome) =>
      retryEffectOf(outcome, 'every-failure'),
    );

    // Assess
    expect(effects[0]).toBe(effects[1]);
  });

  it('tells queue handlers apart when they report different messages', () => {
    // Act
    const effects = [failing('m-1'), failing('m-1', 'm-2')].map((outcome) => retryEffectOf(outcome, 'every-failure'));

    // Assess
    expect(effects[0]).not.toBe(effects[1]);
  });

  it('keeps only the lowest sequence number of a stream handler, compared as a number', () => {
    // Prepare
    const allFailuresAfterTheFirst = failing('49590338271490256608559692538361571095921575989136588900', '9');

    // Act
    const effect = retryEffectOf(allFailuresAfterTheFirst, 'first-failure');

    // Assess
    expect(effect).toBe(retryEffectOf(failing('9'), 'first-failure'));
  });

  it('sets a thrown error apart from any response', () => {
    // Act
    const effect = retryEffectOf({ thrown: 'FullBatchFailureError: All records failed' }, 'first-failure');

    // Assess
    expect(effect).toContain('whole batch');
    expect(effect).not.toBe(retryEffectOf(failing('1'), 'first-failure'));
  });

  it('treats a response without failures and no response at all alike', () => {
    // Act
    const effects = [{ response: undefined }, failing()].map((outcome) => retryEffectOf(outcome, 'every-failure'));

    // Assess
    expect(effects).toEqual(['reports no failure', 'reports no failure']);
  });
});
