/** A bound a figure must stay within: at most (cold start against the floor) or at least (throughput). */
export interface Target {
  bound: 'at-most' | 'at-least';
  limit: number;
}

export const atMost = (limit: number): Target => ({ bound: 'at-most', limit });
export const atLeast = (limit: number): Target => ({ bound: 'at-least', limit });

/** `value` over `reference`, the form of every figure of the report. */
export function ratio(value: number, reference: number): number {
  return value / reference;
}

export function meetsTarget(value: number, target: Target): boolean {
  return target.bound === 'at-most' ? value <= target.limit : value >= target.limit;
}

/** 'pass' or 'miss', as the report's result columns say it. */
export function verdict(value: number, target: Target): 'pass' | 'miss' {
  return meetsTarget(value, target) ? 'pass' : 'miss';
}

/** A ratio with as many digits as it needs to compare: 0.004x, 1.03x, 12.4x, 180x. */
export function formatRatio(value: number): string {
  if (!Number.isFinite(value)) {
    return 'n/a';
  }
  const magnitude = Math.abs(value);
  const digits = magnitude < 0.1 ? 3 : magnitude < 10 ? 2 : magnitude < 100 ? 1 : 0;
  return `${value.toFixed(digits)}x`;
}

/** The target as the report writes it, with the figure's own formatting: `<= 1.10x`, `>= 5.00x`, `<= 60 KB`. */
export function describeTarget(target: Target, format: (value: number) => string = formatRatio): string {
  return `${target.bound === 'at-most' ? '<=' : '>='} ${format(target.limit)}`;
}
