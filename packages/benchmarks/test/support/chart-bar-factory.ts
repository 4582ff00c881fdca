import { atLeast, atMost, type ChartBar } from '../../src/index.js';

let barCount = 0;

/** A bar that meets an at-most target, unless overridden. */
export function chartBar(overrides: Partial<ChartBar> = {}): ChartBar {
  barCount++;
  return { label: `figure ${barCount}`, value: 1.05, target: atMost(1.1), ...overrides };
}

export const missingBar = (): ChartBar => chartBar({ value: 2.5, target: atMost(1.1) });
export const throughputBar = (value: number): ChartBar => chartBar({ value, target: atLeast(5) });
