import { parser } from '@aws-lambda-powertools/batch/parser';
import { orderSchema } from '../../../../../blueprints/dynamodb-streams/src/schema.js';
import { powertoolsDynamodbHandler } from './powertools-dynamodb-handler.js';

// As Powertools' batch documentation shows it: the item schema as innerSchema, with the unmarshall transformer.
export const handler = powertoolsDynamodbHandler({ parser, innerSchema: orderSchema, transformer: 'unmarshall' });
