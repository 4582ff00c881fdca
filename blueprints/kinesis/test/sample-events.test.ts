import { batchItemFailuresAt, captureJsonLines, lambdaContext, readSampleEvent } from '@lambda-blueprints/testing';
import { describe, expect, it } from 'vitest';
import { handler } from '../src/handler.js';
import { sampleEvents } from './support/sample-events.js';

const eventsDirectory = new URL('../events/', import.meta.url);

describe.each(sampleEvents)('events/$name.json', ({ name, event, failedIndexes }) => {
  it('is what the factories produce (run `pnpm run events` after changing them)', () => {
    // Act
    const committed = readSampleEvent(eventsDirectory, name);

    // Assess
    expect(committed).toEqual(event);
  });

  it('makes the handler report exactly its bad records', async () => {
    // Prepare
    const committed = readSampleEvent<typeof event>(eventsDirectory, name);

    // Act
    const { result } = await captureJsonLines(() => handler(committed, lambdaContext()));

    // Assess
    expect(result).toEqual({ batchItemFailures: batchItemFailuresAt(committed, failedIndexes) });
  });
});
