import type { AttributeValue as WireValue } from '@aws-sdk/client-dynamodb';
import type { AttributeValue as StreamValue } from 'aws-lambda';
import { UnsupportedAttributeValueError } from '../errors.js';

/** An item as the DynamoDB API returns it (binary values as bytes). */
export type WireItem = Record<string, WireValue>;

/** An item as a DynamoDB Streams record carries it in Keys, NewImage and OldImage (binary values as base64). */
export type StreamImage = Record<string, StreamValue>;

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

function toStreamValue(value: WireValue, attribute: string): StreamValue {
  if (value.S !== undefined) return { S: value.S };
  if (value.N !== undefined) return { N: value.N };
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.BOOL !== undefined) return { BOOL: value.BOOL };
  if (value.NULL !== undefined) return { NULL: value.NULL };
  if (value.SS !== undefined) return { SS: [...value.SS] };
  if (value.NS !== undefined) return { NS: [...value.NS] };
  if (value.BS !== undefined) return { BS: value.BS.map(base64) };
  if (value.L !== undefined) return { L: value.L.map((item, index) => toStreamValue(item, `${attribute}[${index}]`)) };
  if (value.M !== undefined) return { M: toStreamImage(value.M, `${attribute}.`) };
  throw new UnsupportedAttributeValueError(attribute);
}

/** The stream-record form of an item the DynamoDB API returned. */
export function toStreamImage(item: WireItem, prefix = ''): StreamImage {
  return Object.fromEntries(
    Object.entries(item).map(([name, value]) => [name, toStreamValue(value, `${prefix}${name}`)]),
  );
}
