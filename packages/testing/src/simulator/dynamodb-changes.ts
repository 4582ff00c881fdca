import { InvalidSimulationOptionsError } from '../errors.js';
import { malformedPayload } from '../events/batch-payloads.js';
import type { DynamodbChangeSpec } from '../events/dynamodb-stream-event.js';
import type { DynamodbStreamEventName } from '../events/dynamodb-stream-record.js';

/** What one change of a generated DynamoDB stream carries. */
export interface ChangeInput {
  index: number;
  eventName: DynamodbStreamEventName;
  keys: Record<string, unknown>;
  /** The item after the change (INSERT, MODIFY), keys included; for a REMOVE, the item it removes. */
  item: Record<string, unknown>;
  /** The item before the change (MODIFY, REMOVE): the previous version of the whole item. @default item */
  previousItem?: Record<string, unknown>;
  /**
   * Gives the image the change is about (INSERT, MODIFY: the new one; REMOVE: the old one) a value a schema must
   * reject: every non-key attribute holds truncated JSON text. The other image stays the item's real version.
   */
  malformed: boolean;
}

/** A record whose images carry text a decoder or schema must reject, in place of each non-key attribute. */
const malformedItem = (item: Record<string, unknown>, index: number): Record<string, unknown> =>
  Object.fromEntries(Object.keys(item).map((name) => [name, malformedPayload(index)]));

/** The change spec of dynamodbStreamEvent for one generated change: images only where the event name has them. */
export function dynamodbChange(input: ChangeInput): DynamodbChangeSpec {
  const { eventName, keys, item, previousItem = item, malformed, index } = input;
  const garbled = (image: Record<string, unknown>) => (malformed ? malformedItem(image, index) : image);
  if (eventName === 'INSERT') return { eventName, keys, newImage: garbled(item) };
  if (eventName === 'REMOVE') return { eventName, keys, oldImage: garbled(previousItem) };
  return { eventName, keys, newImage: garbled(item), oldImage: previousItem };
}

/** A payload as a DynamoDB item: objects as they are, text parsed as JSON (e.g. a --body file). */
export function itemOf(payload: unknown, option: string): Record<string, unknown> {
  let value = payload;
  if (typeof payload === 'string') {
    try {
      value = JSON.parse(payload);
    } catch {
      value = undefined;
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidSimulationOptionsError(option, payload, 'a JSON object: a DynamoDB image is an item');
  }
  return value as Record<string, unknown>;
}
