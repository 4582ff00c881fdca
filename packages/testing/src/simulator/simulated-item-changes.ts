import type { DynamodbChangeSpec } from '../events/dynamodb-stream-event.js';
import { dynamodbChange, itemOf } from './dynamodb-changes.js';
import { copyKey, copyStride, type ItemKey, itemKeyOf, keyAttributesOf, keyText } from './dynamodb-item-keys.js';
import type { TableKeyAttribute } from './mapping-settings.js';

/** What the records of a simulated DynamoDB stream are made from. */
export interface ItemChangesInput {
  /** The payload of each record: an item, as JSON text. */
  texts: readonly string[];
  /** Indexes of the records whose image a schema must reject. */
  malformed: ReadonlySet<number>;
  /** The table's key attributes. @default the items' own pk (and sk) */
  keyAttributes?: readonly TableKeyAttribute[];
  /** How many items the records of payloads without a key spread over. */
  keyCount: number;
}

/** One record of the stream: the change it carries and the item key that orders it. */
export interface SimulatedItemChange {
  index: number;
  key: string;
  change: DynamodbChangeSpec;
}

/**
 * Numbers the copies of each item key: a payload equal to the first one seen with its key starts a new copy (the
 * payloads came round again), any other is the next version of the current copy.
 */
class ItemCopies {
  private readonly byKey = new Map<string, { firstText: string; copy: number }>();

  copyOf(key: string, text: string): number {
    const seen = this.byKey.get(key);
    if (seen === undefined) {
      this.byKey.set(key, { firstText: text, copy: 0 });
      return 0;
    }
    if (text === seen.firstText) seen.copy += 1;
    return seen.copy;
  }
}

/**
 * The changes of the table the records of a simulation are, record i writing its payload (an item):
 * - an item without (all of) its key gets `item-<i mod keyCount>` for what it lacks, so the records spread over
 *   keyCount items, each a series of versions;
 * - an item with its whole key keeps it, with its partition key renumbered per copy (`ORDER#1` -> `ORDER#1-0`,
 *   `ORDER#1-1`, ...; see copyKey): a payload equal to the first one seen with that key starts the next copy. A body
 *   repeated for every record is one item per record; sample payloads given in turn replay their changes in order,
 *   on fresh copies each time round, so every old image is a version the sample gave that item before.
 * The first change of an item is an INSERT, the later ones MODIFY with the previous version, whole, as old image.
 */
export function simulatedItemChanges(input: ItemChangesInput): SimulatedItemChange[] {
  const keyed = input.texts.map((text, index) => {
    const item = itemOf(text, 'records');
    const attributes = keyAttributesOf(item, input.keyAttributes);
    return { text, item, attributes, ...itemKeyOf(item, attributes, index % input.keyCount, `records[${index}]`) };
  });
  const stride = copyStride(
    keyed.flatMap(({ key, attributes }) => {
      const partition = attributes[0] && key[attributes[0].name];
      return typeof partition === 'number' ? [partition] : [];
    }),
  );
  const copies = new ItemCopies();
  const versions = new Map<string, Record<string, unknown>>();
  return keyed.map(({ text, item, attributes, key, numbered }, index) => {
    const itemKey: ItemKey = numbered ? key : copyKey(key, attributes, copies.copyOf(keyText(key), text), stride);
    const orderingKey = keyText(itemKey);
    const version = { ...item, ...itemKey };
    const previous = versions.get(orderingKey);
    versions.set(orderingKey, version);
    return {
      index,
      key: orderingKey,
      change: dynamodbChange({
        index,
        eventName: previous === undefined ? 'INSERT' : 'MODIFY',
        keys: itemKey,
        item: version,
        ...(previous !== undefined && { previousItem: previous }),
        malformed: input.malformed.has(index),
      }),
    };
  });
}
