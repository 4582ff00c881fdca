import { UsageError } from '../errors.js';

/**
 * A whole-number flag value within [min, max]; `max` names what bounds it (`the 10 records`). Undefined stays
 * undefined, so that the caller's default applies.
 */
export function integerFlag(
  flag: string,
  value: string | undefined,
  range: { min: number; max?: { value: number; what: string } },
): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  const { min, max } = range;
  if (value.trim() === '' || !Number.isInteger(number) || number < min) {
    throw new UsageError(
      `--${flag} "${value}" is not a whole number of at least ${min}. Pass one, such as --${flag} 5.`,
    );
  }
  if (max !== undefined && number > max.value) {
    throw new UsageError(`--${flag} ${value} is more than ${max.what}. Pass at most ${max.value}.`);
  }
  return number;
}

/** A probability flag value: from 0 up to, not including, 1 (a record failing every delivery is --poison). */
export function probabilityFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !(number >= 0 && number < 1)) {
    throw new UsageError(
      `--${flag} "${value}" is not a probability from 0 up to (not including) 1. Pass e.g. --${flag} 0.1.`,
    );
  }
  return number;
}

/** A comma-separated flag value as its non-empty items (`a,b` -> ['a', 'b']). */
export function listFlag(flag: string, value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) {
    throw new UsageError(`--${flag} "${value}" has an empty item. Pass names separated by commas, without spaces.`);
  }
  return items;
}

/** A value that must be one of `allowed`. */
export function oneOf<const T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new UsageError(`Unknown ${flag} "${value}". Use one of: ${allowed.join(', ')}.`);
  return found;
}
