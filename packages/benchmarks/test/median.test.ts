import { describe, expect, it } from 'vitest';
import { median } from '../src/index.js';

describe('median', () => {
  it('returns the middle value of an odd count, whatever the order', () => {
    // Prepare
    const values = [9, 1, 5, 3, 7];

    // Act
    const result = median(values);

    // Assess
    expect(result).toBe(5);
  });

  it('returns the mean of the two middle values of an even count', () => {
    // Prepare
    const values = [4, 1, 3, 10];

    // Act
    const result = median(values);

    // Assess
    expect(result).toBe(3.5);
  });

  it('leaves the values it is given in their order', () => {
    // Prepare
    const values = [3, 1, 2];

    // Act
    median(values);

    // Assess
    expect(values).toEqual([3, 1, 2]);
  });

  it('is NaN for no values, so a missing figure cannot pass for zero', () => {
    // Act
    const result = median([]);

    // Assess
    expect(result).toBeNaN();
  });
});
