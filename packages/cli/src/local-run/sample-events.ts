import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Where a blueprint or generated function keeps its real-shaped sample events. */
export const SAMPLE_EVENTS_FOLDER = 'events';

/** The package's sample event files (events/*.json), in name order; none when it has no events folder. */
export async function sampleEventFiles(directory: string): Promise<string[]> {
  const entries = await readdir(join(directory, SAMPLE_EVENTS_FOLDER), { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(directory, SAMPLE_EVENTS_FOLDER, entry.name))
    .sort();
}
