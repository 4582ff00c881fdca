import { parser } from '@aws-lambda-powertools/batch/parser';
import { orderSchema } from '../../../../../blueprints/sqs/src/schema.js';
import { powertoolsSqsHandler } from './powertools-sqs-handler.js';

// As Powertools' batch documentation shows it: the payload schema as innerSchema, with the JSON transformer.
export const handler = powertoolsSqsHandler({ parser, innerSchema: orderSchema, transformer: 'json' });
