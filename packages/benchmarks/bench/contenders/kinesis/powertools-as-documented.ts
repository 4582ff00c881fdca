import { parser } from '@aws-lambda-powertools/batch/parser';
import { readingSchema } from '../../../../../blueprints/kinesis/src/schema.js';
import { powertoolsKinesisHandler } from './powertools-kinesis-handler.js';

// As Powertools' batch documentation shows it: the payload schema as innerSchema, with the base64 transformer.
export const handler = powertoolsKinesisHandler({ parser, innerSchema: readingSchema, transformer: 'base64' });
