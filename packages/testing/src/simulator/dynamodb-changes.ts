import { InvalidSimulationOptionsError } from '../errors.js';
import { malformedPayload } from '../events/batch-payloads.js';
import type { DynamodbChangeSpec } from '../events/dynamodb-stream-event.js';
import type { DynamodbStreamEventName } from '../events/dynamodb-stream-record.js';

/** What one change of a generated DynamoDB stream carries. */
export interface ChangeInput {
  index: number;
  eventName: DynamodbStreamEventName;
  keys: Record<string, unknown>;
  /** The item after the change (INSERT, MODIFY). */
  item: Record<string, unknown>;
  /** The item before the change (MODIFY, REMOVE). @default the keys alone */
  previousItem?: Record<string, unknown>;
  /** Gives the images a value a schema must reject: every non-key attribute holds truncated JSON text. */
  malformed: boolean;
}

/** A record whose images carry text a decoder or schema must reject, in place of each non-key attribute. */
const malformedItem = (item: Record<string, unknown>, index: number): Record<string, unknown> =>
  Object.fromEntries(Object.keys(item).map((name) => [name, malformedPayload(index)]));

/** The change spec of dynamodbStreamEvent for one generated change: images only where the event name has them. */
export function dynamodbChange(input: ChangeInput): DynamodbChangeSpec {
  const { eventName, keys, item, previousItem, malformed, index } = input;
  const newImage = malformed ? malformedItem(item, index) : item;
  return {
    eventName,
    keys,
    ...(eventName !== 'REMOVE' && { newImage }),
    ...(eventName !== 'INSERT' && previousItem && { oldImage: previousItem }),
  };
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
