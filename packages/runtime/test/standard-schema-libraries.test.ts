import { describe, expect, it } from 'vitest';
import * as zodFull from 'zod';
import * as zodMini from 'zod/mini';
import { sqsBatch } from '../src/index.js';
import { capturedLines, lambdaContext, order, sqsEvent, sqsRecord } from './factories.js';

// The same schema in both flavours, with a transform so the record function must receive the schema's output.
const schemas = {
  'zod/mini': zodMini.object({
    orderId: zodMini.string(),
    placedAt: zodMini.pipe(
      zodMini.string(),
      zodMini.transform((text) => new Date(text)),
    ),
  }),
  zod: zodFull.object({ orderId: zodFull.string(), placedAt: zodFull.string().transform((text) => new Date(text)) }),
};

describe.each(Object.entries(schemas))('a %s schema', (_library, schema) => {
  it('validates the body and hands the schema output to the record function', async () => {
    // Prepare
    const placedAt = '2025-03-01T12:00:00.000Z';
    const valid = sqsRecord({ body: { orderId: 'o-1', placedAt } });
    const invalid = sqsRecord({ body: order() });
    const received: unknown[] = [];
    const handler = sqsBatch({
      schema,
      handleRecord: ({ body }) => {
        received.push(body.placedAt);
      },
      writeLine: capturedLines().writeLine,
    });

    // Act
    const response = await handler(sqsEvent([valid, invalid]), lambdaContext());

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: invalid.messageId }]);
    expect(received).toEqual([new Date(placedAt)]);
  });
});
