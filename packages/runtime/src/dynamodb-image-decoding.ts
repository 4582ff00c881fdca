import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from 'aws-lambda';
import { RecordDecodeError } from './errors.js';

// The stream's AttributeValue (aws-lambda types) and the SDK's are the same wire shape under two type names.
type SdkAttributeMap = Parameters<typeof unmarshall>[0];

/** A stream image (`Keys`, `NewImage`, `OldImage`) as plain values: strings, numbers, sets, lists, maps. */
export function unmarshallImage(image: unknown, description: string): Record<string, unknown> {
  if (typeof image !== 'object' || image === null || Array.isArray(image)) {
    throw new RecordDecodeError(`${description} is not a map of attribute values. Check the stream's view type.`);
  }
  try {
    return unmarshall(image as Record<string, AttributeValue> as SdkAttributeMap);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RecordDecodeError(`${description} has attribute values that cannot be read (${reason}).`);
  }
}
