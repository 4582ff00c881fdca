import { writeFileSync } from 'node:fs';
import { sampleEvents } from '../test/support/sample-events.js';

// Rewrites events/*.json from the factories; run after changing the schema or the sample events.
for (const { name, event } of sampleEvents) {
  const file = new URL(`../events/${name}.json`, import.meta.url);
  writeFileSync(file, `${JSON.stringify(event, null, 2)}\n`);
  console.log(`wrote events/${name}.json (${event.Records.length} records)`);
}
