import { readFileSync, writeFileSync } from 'node:fs';
import { identifierOf, type SourceEvent } from './simulator/source-record.js';

/** A committed sample event (`events/<name>.json`) and the records the handler must report failed. */
export interface SampleEvent<TEvent extends SourceEvent = SourceEvent> {
  name: string;
  event: TEvent;
  /** The indexes of the records reported failed (a stream handler reports only its first failure). */
  failedIndexes: number[];
}

const fileOf = (eventsDirectory: URL, name: string): URL => new URL(`${name}.json`, eventsDirectory);

/** The sample event `<name>.json` as committed in `eventsDirectory` (a folder URL ending in `/`). */
export function readSampleEvent<TEvent extends SourceEvent = SourceEvent>(eventsDirectory: URL, name: string): TEvent {
  return JSON.parse(readFileSync(fileOf(eventsDirectory, name), 'utf8')) as TEvent;
}

/** Writes each sample event to `<name>.json` in `eventsDirectory`; returns one line per file written. */
export function writeSampleEvents(eventsDirectory: URL, sampleEvents: readonly SampleEvent[]): string[] {
  return sampleEvents.map(({ name, event }) => {
    writeFileSync(fileOf(eventsDirectory, name), `${JSON.stringify(event, null, 2)}\n`);
    return `wrote events/${name}.json (${event.Records.length} records)`;
  });
}

/** The partial batch response items naming the records of `event` at `indexes`. */
export function batchItemFailuresAt(event: SourceEvent, indexes: readonly number[]): { itemIdentifier: string }[] {
  return indexes.map((index) => {
    const record = event.Records[index];
    return { itemIdentifier: record === undefined ? `<no record ${index}>` : identifierOf(record) };
  });
}
