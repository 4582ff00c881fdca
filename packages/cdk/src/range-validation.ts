import { OutOfRangeError } from './errors.js';

/**
 * Throws OutOfRangeError naming `prop` unless `value` is a whole number in [min, max]. `context` says which rule set
 * the range (e.g. "for a FIFO queue"), so the message explains why this range and not another.
 */
export function requireInRange(
  prop: string,
  value: number,
  range: { min: number; max: number; unit: string; context?: string },
): void {
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new OutOfRangeError(prop, value, range.min, range.max, range.unit, range.context);
  }
}
