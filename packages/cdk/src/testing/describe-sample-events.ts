import {
  batchItemFailuresAt,
  captureJsonLines,
  lambdaContext,
  readSampleEvent,
  type SampleEvent,
  type SourceEvent,
} from '@lambda-blueprints/testing';
import { describe, expect, it } from 'vitest';

export interface SampleEventsUnderTest<TEvent extends SourceEvent> {
  /** The package's events/ folder (a URL ending in `/`). */
  readonly eventsDirectory: URL;
  /** The events the package's factories make, which `pnpm run events` writes to events/. */
  readonly sampleEvents: readonly SampleEvent<TEvent>[];
  /** The package's handler. */
  readonly handler: (event: TEvent, context: ReturnType<typeof lambdaContext>) => unknown;
}

/**
 * The checks of a blueprint's committed events/*.json: each is what the factories make, and the handler reports
 * exactly its bad records.
 */
export function describeSampleEvents<TEvent extends SourceEvent>({
  eventsDirectory,
  sampleEvents,
  handler,
}: SampleEventsUnderTest<TEvent>): void {
  for (const { name, event, failedIndexes } of sampleEvents) {
    describe(`events/${name}.json`, () => {
      it('is what the factories produce (run `pnpm run events` after changing them)', () => {
        // Act
        const committed = readSampleEvent(eventsDirectory, name);

        // Assess
        expect(committed).toEqual(event);
      });

      it('makes the handler report exactly its bad records', async () => {
        // Prepare
        const committed = readSampleEvent<TEvent>(eventsDirectory, name);

        // Act
        const { result } = await captureJsonLines(() => handler(committed, lambdaContext()));

        // Assess
        expect(result).toEqual({ batchItemFailures: batchItemFailuresAt(committed, failedIndexes) });
      });
    });
  }
}
