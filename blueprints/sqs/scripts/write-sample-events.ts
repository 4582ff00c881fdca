import { writeSampleEvents } from '@lambda-blueprints/testing';
import { sampleEvents } from '../test/support/sample-events.js';

// Rewrites events/*.json from the factories; run after changing the schema or the sample events.
for (const written of writeSampleEvents(new URL('../events/', import.meta.url), sampleEvents)) console.log(written);
