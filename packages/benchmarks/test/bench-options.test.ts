import { describe, expect, it } from 'vitest';
import { InvalidBenchArgumentError, parseBenchOptions } from '../src/index.js';

describe('parseBenchOptions', () => {
  it('runs the full pass when given nothing', () => {
    // Act
    const options = parseBenchOptions([]);

    // Assess
    expect(options).toEqual({ quick: false, help: false });
  });

  it('reads --quick, also after the -- that pnpm may pass through', () => {
    // Act
    const options = parseBenchOptions(['--', '--quick']);

    // Assess
    expect(options.quick).toBe(true);
  });

  it('refuses an unknown flag and says which flags it takes', () => {
    // Act
    const parsing = () => parseBenchOptions(['--fast']);

    // Assess
    expect(parsing).toThrow(InvalidBenchArgumentError);
    expect(parsing).toThrow(/--fast[\s\S]*--quick/);
  });
});
