import { describeSampleEvents } from '@lambda-blueprints/cdk/testing';
import { handler } from '../src/handler.js';
import { sampleEvents } from './support/sample-events.js';

describeSampleEvents({ eventsDirectory: new URL('../events/', import.meta.url), sampleEvents, handler });
