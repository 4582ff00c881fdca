import { describe, expect, it } from 'vitest';
import { atLeast, atMost, describeTarget, formatRatio, meetsTarget, ratio, verdict } from '../src/index.js';

describe('targets', () => {
  it('passes an at-most target up to and including its limit', () => {
    // Prepare
    const target = atMost(1.1);

    // Act
    const results = [1.1, 1.11].map((value) => verdict(value, target));

    // Assess
    expect(results).toEqual(['pass', 'miss']);
  });

  it('passes an at-least target from its limit up', () => {
    // Prepare
    const target = atLeast(5);

    // Act
    const results = [4.99, 5, 40].map((value) => meetsTarget(value, target));

    // Assess
    expect(results).toEqual([false, true, true]);
  });

  it('divides the figure by its reference', () => {
    // Act
    const result = ratio(330, 110);

    // Assess
    expect(result).toBe(3);
  });
});

describe('formatRatio', () => {
  it('gives fewer decimals as the ratio grows', () => {
    // Act
    const texts = [0.0044, 1.034, 12.44, 181.6].map(formatRatio);

    // Assess
    expect(texts).toEqual(['0.004x', '1.03x', '12.4x', '182x']);
  });

  it('writes n/a for a ratio that could not be computed', () => {
    // Act
    const texts = [Number.NaN, Number.POSITIVE_INFINITY].map(formatRatio);

    // Assess
    expect(texts).toEqual(['n/a', 'n/a']);
  });
});

describe('describeTarget', () => {
  it('states the bound and the limit in the figure format', () => {
    // Act
    const texts = [
      describeTarget(atMost(1.1)),
      describeTarget(atLeast(0.5)),
      describeTarget(atMost(60), (kb) => `${kb} KB`),
    ];

    // Assess
    expect(texts).toEqual(['<= 1.10x', '>= 0.50x', '<= 60 KB']);
  });
});
