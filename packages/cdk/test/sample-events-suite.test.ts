import { type SampleEvent, sqsEvent, writeSampleEvents } from '@lambda-blueprints/testing';
import { describeSampleEvents } from '../src/testing/index.js';
import { fixturePackage, queueRole } from './support/fixture-blueprints.js';

type SQSEvent = ReturnType<typeof sqsEvent>;

/** A handler that reports the records whose body says `{ "ok": false }`. */
const handler = async (event: SQSEvent) => ({
  batchItemFailures: event.Records.filter((record) => JSON.parse(record.body).ok === false).map((record) => ({
    itemIdentifier: record.messageId,
  })),
});

const sampleEvents: SampleEvent<SQSEvent>[] = [
  { name: 'all-ok', event: sqsEvent({ seed: 'all-ok', bodies: [{ ok: true }, { ok: true }] }), failedIndexes: [] },
  {
    name: 'one-bad',
    event: sqsEvent({ seed: 'one-bad', bodies: [{ ok: true }, { ok: false }, { ok: true }] }),
    failedIndexes: [1],
  },
];

// The suite holds for events/*.json as `pnpm run events` writes them from the factories.
const eventsDirectory = new URL('events/', fixturePackage(queueRole));
writeSampleEvents(eventsDirectory, sampleEvents);
describeSampleEvents({ eventsDirectory, sampleEvents, handler });
