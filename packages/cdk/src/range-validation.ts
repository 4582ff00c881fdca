import { OutOfRangeError } from './errors.js';
import { isInRange, type NumericRange } from './mapping-limits.js';

/**
 * Throws OutOfRangeError naming `prop` unless `value` is a whole number in `range` (from mapping-limits.ts).
 * `context` says which rule set the range (e.g. "for a FIFO queue"), so the message explains why this range.
 */
export function requireInRange(prop: string, value: number, range: NumericRange, context?: string): void {
  if (!isInRange(value, range)) {
    throw new OutOfRangeError(prop, value, range.min, range.max, range.unit, context);
  }
}
