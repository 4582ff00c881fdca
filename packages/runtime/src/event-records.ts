import { MalformedEventError, MissingItemIdentifierError } from './errors.js';
import type { RecordSource } from './record-source.js';

/** The records of a batch with their identifiers, checked before any record runs. */
export interface BatchRecords<TRecord> {
  records: readonly TRecord[];
  identifiers: readonly string[];
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) {
    return String(value);
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  if (typeof value === 'object') {
    const keys = Object.keys(value).slice(0, 5);
    return keys.length === 0 ? 'an empty object' : `an object with keys ${keys.join(', ')}`;
  }
  return `a ${typeof value}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Checks the event is a batch of this source's records, each with a usable identifier, and throws for the whole
 * batch otherwise: a partial response cannot name a record that has no identifier.
 */
export function readBatchRecords<TRecord>(
  event: unknown,
  source: RecordSource<TRecord, unknown>,
): BatchRecords<TRecord> {
  const expected = `${source.label} records (eventSource "${source.eventSource}")`;
  const records = isObject(event) ? event.Records : undefined;
  if (!Array.isArray(records)) {
    throw new MalformedEventError(
      `Expected an event with a Records array of ${expected}, got ${describeValue(event)}. ` +
        `Invoke this handler from a ${source.label} event source mapping.`,
    );
  }
  const identifiers = records.map((record: unknown, index) => {
    if (!isObject(record)) {
      throw new MalformedEventError(`Expected ${expected}, got ${describeValue(record)} at Records[${index}].`);
    }
    if (record.eventSource !== source.eventSource) {
      const got = typeof record.eventSource === 'string' ? `"${record.eventSource}"` : 'no eventSource';
      throw new MalformedEventError(
        `Expected ${expected}, got ${got} at Records[${index}]. ` +
          `Use the batch handler that matches the function's event source mapping.`,
      );
    }
    const identifier = source.identifierOf(record as TRecord);
    if (typeof identifier !== 'string' || identifier === '') {
      const eventId = typeof record.eventID === 'string' ? ` (eventID "${record.eventID}")` : '';
      throw new MissingItemIdentifierError(
        `${source.label} record at Records[${index}]${eventId} has no ${source.identifierPath}, so it cannot be ` +
          `reported as a batch item failure; the whole batch fails instead. Check what produces this event.`,
      );
    }
    return identifier;
  });
  return { records: records as TRecord[], identifiers };
}
