import { InvalidFactoryOptionsError } from '../errors.js';

/** How a factory call says what each record of the batch carries. */
export interface BatchPayloadOptions {
  /** How many records. @default the length of `payloads`, else 10 (Lambda's default SQS batch size) */
  count?: number;
  /** One payload per record, in order: strings are used as they are, anything else is JSON-encoded. */
  payloads?: readonly unknown[];
  /** The payload of every record, or a function of the record index. @default (index) => ({ id: index + 1 }) */
  payload?: unknown;
  /** Indexes of the records whose payload is replaced by text that is not valid JSON. */
  malformed?: readonly number[];
}

const DEFAULT_COUNT = 10;

const defaultPayload = (index: number): unknown => ({ id: index + 1 });

const textOf = (payload: unknown): string => (typeof payload === 'string' ? payload : JSON.stringify(payload));

/** A payload a JSON decoder must reject: valid JSON cut short, as a truncated or garbled producer would send. */
export const malformedPayload = (index: number): string => `{"id":${index + 1},"truncated":`;

/** The text each record of the batch carries, in record order. */
export function batchPayloadTexts(factory: string, options: BatchPayloadOptions): string[] {
  const { payloads, payload, malformed = [] } = options;
  const count = options.count ?? payloads?.length ?? DEFAULT_COUNT;
  if (!Number.isInteger(count) || count < 0) {
    throw new InvalidFactoryOptionsError(factory, 'count', `${count} is not a non-negative integer`);
  }
  if (payloads && payloads.length !== count) {
    throw new InvalidFactoryOptionsError(
      factory,
      'count',
      `${count} differs from the ${payloads.length} payloads given`,
    );
  }
  const outOfRange = malformed.filter((index) => !Number.isInteger(index) || index < 0 || index >= count);
  if (outOfRange.length > 0) {
    throw new InvalidFactoryOptionsError(
      factory,
      'malformed',
      `indexes ${outOfRange.join(', ')} are not below ${count}`,
    );
  }
  const payloadAt = (index: number): unknown => {
    if (payloads) return payloads[index];
    if (typeof payload === 'function') return payload(index);
    return payload === undefined ? defaultPayload(index) : payload;
  };
  return Array.from({ length: count }, (_, index) =>
    malformed.includes(index) ? malformedPayload(index) : textOf(payloadAt(index)),
  );
}
