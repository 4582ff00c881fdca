import { readFileSync } from 'node:fs';
import { lambdaContext } from '@lambda-blueprints/testing';
import { describe, expect, it } from 'vitest';
import { handler } from '../src/handler.js';
import { captureLogLines } from './support/log-lines.js';
import { sampleEvents } from './support/sample-events.js';

captureLogLines();
const committedEvent = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../events/${name}.json`, import.meta.url), 'utf8'));

describe.each(sampleEvents)('events/$name.json', ({ name, event, failedIndexes }) => {
  it('is what the factories produce (run `pnpm run events` after changing them)', () => {
    // Act
    const committed = committedEvent(name);

    // Assess
    expect(committed).toEqual(event);
  });

  it('makes the handler report exactly its bad records', async () => {
    // Prepare
    const committed = committedEvent(name) as typeof event;

    // Act
    const response = await handler(committed, lambdaContext());

    // Assess
    const expected = failedIndexes.map((index) => ({ itemIdentifier: committed.Records[index]?.messageId }));
    expect(response).toEqual({ batchItemFailures: expected });
  });
});
