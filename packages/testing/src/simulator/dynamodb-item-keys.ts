import { InvalidSimulationOptionsError } from '../errors.js';
import type { TableKeyAttribute } from './mapping-settings.js';

/** A key attribute's value: DynamoDB keys are strings, numbers or binary. */
export type KeyValue = string | number | Uint8Array;

/** The key attributes of one item with their values, partition key first. */
export type ItemKey = Record<string, KeyValue>;

/** Without the table's KeySchema (an imported stream): the names single-table designs give their keys. */
const DEFAULT_PARTITION_KEY = 'pk';
const DEFAULT_SORT_KEY = 'sk';

const TYPE_NAMES: Readonly<Record<TableKeyAttribute['type'], string>> = { S: 'a string', N: 'a number', B: 'binary' };

function typeOfValue(value: unknown): TableKeyAttribute['type'] | undefined {
  if (typeof value === 'string') return 'S';
  if (typeof value === 'number') return 'N';
  return value instanceof Uint8Array ? 'B' : undefined;
}

/**
 * The key attributes of `item`: the table's (`keyAttributes`, from its KeySchema) or, for an imported stream, the
 * item's own pk and sk (pk alone when it has no sk), typed by the values the item holds.
 */
export function keyAttributesOf(
  item: Record<string, unknown>,
  keyAttributes: readonly TableKeyAttribute[] | undefined,
): readonly TableKeyAttribute[] {
  if (keyAttributes !== undefined && keyAttributes.length > 0) return keyAttributes;
  const names = DEFAULT_SORT_KEY in item ? [DEFAULT_PARTITION_KEY, DEFAULT_SORT_KEY] : [DEFAULT_PARTITION_KEY];
  return names.map((name) => ({ name, type: typeOfValue(item[name]) ?? 'S' }));
}

/** The value the records' numbering gives a key attribute an item lacks: item-<n> as text or bytes, or n. */
function numberedValue(type: TableKeyAttribute['type'], n: number): KeyValue {
  if (type === 'N') return n;
  const text = `item-${n}`;
  return type === 'S' ? text : new TextEncoder().encode(text);
}

/** The key of an item, and whether the item held all of it. */
export interface KeyOfItem {
  key: ItemKey;
  /** Some key attribute was missing from the item and numbered `item-<n>`. */
  numbered: boolean;
}

/**
 * The key of `item`: its own values of the key attributes, checked against their types as DynamoDB would refuse a
 * write otherwise, and `item-<n>` (or n) for the attributes it lacks. `where` names the item in errors (`body`).
 */
export function itemKeyOf(
  item: Record<string, unknown>,
  attributes: readonly TableKeyAttribute[],
  n: number,
  where: string,
): KeyOfItem {
  let numbered = false;
  const entries = attributes.map(({ name, type }): [string, KeyValue] => {
    const value = item[name];
    if (value === undefined) {
      numbered = true;
      return [name, numberedValue(type, n)];
    }
    if (typeOfValue(value) !== type) {
      throw new InvalidSimulationOptionsError(
        `${where}.${name}`,
        value,
        `${TYPE_NAMES[type]}, the type of the table's key attribute ${name} (${type})`,
      );
    }
    return [name, value as KeyValue];
  });
  return { key: Object.fromEntries(entries), numbered };
}

const textOf = (value: KeyValue): string =>
  value instanceof Uint8Array ? Buffer.from(value).toString('base64') : String(value);

/** The key as one string, for maps and for the ordering key: its value, or the JSON list of its values. */
export function keyText(key: ItemKey): string {
  const values = Object.values(key).map(textOf);
  return values.length === 1 ? (values[0] ?? '') : JSON.stringify(values);
}

/**
 * How far apart the numeric partition keys of one item's copies are: a power of ten above twice every |value|, so
 * that `copy * stride + value` never gives two (value, copy) pairs the same key.
 */
export function copyStride(values: readonly number[]): number {
  const largest = Math.max(0, ...values.map(Math.abs));
  return 10 ** Math.max(1, Math.ceil(Math.log10(2 * largest + 1)));
}

/**
 * The key of copy `copy` of an item: its partition key renumbered so that copies differ and no two items' copies
 * meet: text `ORDER#1` -> `ORDER#1-<copy>`, bytes with `-<copy>` appended, a number `copy * stride + value` (see
 * copyStride). The sort key, if any, stays.
 */
export function copyKey(key: ItemKey, attributes: readonly TableKeyAttribute[], copy: number, stride: number): ItemKey {
  const [partition] = attributes;
  const value = partition && key[partition.name];
  if (partition === undefined || value === undefined) return key;
  let renumbered: KeyValue;
  if (typeof value === 'number') renumbered = copy * stride + value;
  else if (typeof value === 'string') renumbered = `${value}-${copy}`;
  else renumbered = Buffer.concat([value, Buffer.from(`-${copy}`)]);
  return { ...key, [partition.name]: renumbered };
}
