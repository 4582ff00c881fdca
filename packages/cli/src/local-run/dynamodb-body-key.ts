import { convertToAttr } from '@aws-sdk/util-dynamodb';
import type { GeneratedEvent } from '@lambda-blueprints/testing';

type DynamodbStreamEvent = GeneratedEvent<'dynamodb-streams'>;
type StreamImage = NonNullable<NonNullable<DynamodbStreamEvent['Records'][number]['dynamodb']>['Keys']>;

/** The key attribute generateEvent gives every DynamoDB item (`{ pk: 'item-<n>' }`), over the body's own. */
const KEY_ATTRIBUTE = 'pk';

/**
 * generateEvent names each item pk = item-<n> whatever the body says. A table's schema often constrains its key
 * (pk = ORDER#<id>), so when the body (the item) holds a string or number pk, every record keeps it, in its Keys and
 * its images: the batch is then a series of changes of that item, which the function's schema accepts.
 */
export function withBodyKey(event: DynamodbStreamEvent, body: unknown): DynamodbStreamEvent {
  const key = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[KEY_ATTRIBUTE] : undefined;
  if (typeof key !== 'string' && typeof key !== 'number') return event;
  const keyed = (image: StreamImage | undefined): StreamImage | undefined =>
    image && { ...image, [KEY_ATTRIBUTE]: convertToAttr(key) as StreamImage[string] };
  return {
    Records: event.Records.map((record) => {
      const { dynamodb } = record;
      if (dynamodb === undefined) return record;
      const { Keys, NewImage, OldImage } = dynamodb;
      return {
        ...record,
        dynamodb: {
          ...dynamodb,
          ...(Keys && { Keys: keyed(Keys) }),
          ...(NewImage && { NewImage: keyed(NewImage) }),
          ...(OldImage && { OldImage: keyed(OldImage) }),
        },
      };
    }),
  };
}
