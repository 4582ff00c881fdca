import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration, formatKb, formatRate, formatSeconds } from '../src/index.js';

describe('figure formatting', () => {
  it('writes rates in thousands below a million and in millions above', () => {
    // Act
    const texts = [2_345, 110_040, 2_600_000].map(formatRate);

    // Assess
    expect(texts).toEqual(['2.35 k/s', '110.0 k/s', '2.60 M/s']);
  });

  it('writes sizes in KB with one decimal', () => {
    // Act
    const text = formatKb(24_986);

    // Assess
    expect(text).toBe('24.4 KB');
  });

  it('keeps two decimals of short durations and one of longer ones', () => {
    // Act
    const texts = [0.523, 63.27].map(formatSeconds);

    // Assess
    expect(texts).toEqual(['0.52 s', '63.3 s']);
  });

  it('writes a run time as minutes and seconds', () => {
    // Act
    const text = formatDuration(425.4);

    // Assess
    expect(text).toBe('7 min 05 s');
  });
});

describe('formatCount', () => {
  it('makes the noun plural for any count but one', () => {
    // Act
    const texts = [0, 1, 21].map((count) => formatCount(count, 'run'));

    // Assess
    expect(texts).toEqual(['0 runs', '1 run', '21 runs']);
  });
});
