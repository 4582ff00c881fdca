import { describe, expect, it } from 'vitest';
import { growthRatio, marginalCosts } from '../src/index.js';

const timings = (perSize: (size: number) => number) => [1, 10, 50].map((size) => ({ size, value: perSize(size) }));

describe('marginalCosts', () => {
  it('gives the cost of each added item between consecutive sizes', () => {
    // Prepare
    const points = timings((size) => 2 + 0.5 * size);

    // Act
    const costs = marginalCosts(points);

    // Assess
    expect(costs).toEqual([0.5, 0.5]);
  });
});

describe('growthRatio', () => {
  it('is 1 when every added item costs the same, whatever the fixed cost', () => {
    // Act
    const growth = growthRatio(timings((size) => 30 + 4 * size));

    // Assess
    expect(growth).toBeCloseTo(1);
  });

  it('is above 1 when later items cost more than earlier ones', () => {
    // Act
    const growth = growthRatio(timings((size) => size * size));

    // Assess
    expect(growth).toBeGreaterThan(1.5);
  });

  it('is undefined with only two sizes, one range having nothing to compare with', () => {
    // Act
    const growth = growthRatio(timings((size) => size).slice(0, 2));

    // Assess
    expect(growth).toBeUndefined();
  });
});
