import { describe, expect, it } from 'vitest';
import { measureInTurns } from '../src/index.js';

describe('measureInTurns', () => {
  it('measures every subject once per run, starting each run one subject later', () => {
    // Prepare
    const order: string[] = [];

    // Act
    measureInTurns(['a', 'b', 'c'], 3, (subject) => order.push(subject));

    // Assess
    expect(order).toEqual(['a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b']);
  });

  it("returns each subject's samples in the subjects' order", () => {
    // Prepare
    let call = 0;

    // Act
    const samples = measureInTurns(['a', 'b'], 2, (subject) => `${subject}${call++}`);

    // Assess
    expect(samples).toEqual([
      ['a0', 'a3'],
      ['b1', 'b2'],
    ]);
  });
});
