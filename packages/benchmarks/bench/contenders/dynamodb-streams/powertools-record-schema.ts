import { parser } from '@aws-lambda-powertools/batch/parser';
import { DynamoDBMarshalled } from '@aws-lambda-powertools/parser/helpers/dynamodb';
import { DynamoDBStreamChangeRecordBase, DynamoDBStreamRecord } from '@aws-lambda-powertools/parser/schemas/dynamodb';
import { z } from 'zod';
import { orderSchema } from '../../../../../blueprints/dynamodb-streams/src/schema.js';
import { powertoolsDynamodbHandler } from './powertools-dynamodb-handler.js';

// Powertools at its fastest: the whole-record schema built once instead of extended again for every record. The
// blueprint's zod/mini schema is piped in as it is, so both validate exactly the same way. An image is optional, as
// INSERT records carry no old image and REMOVE records no new one.
const orderImageSchema = DynamoDBMarshalled(z.unknown()).pipe(orderSchema).optional();
const orderRecordSchema = DynamoDBStreamRecord.extend({
  dynamodb: DynamoDBStreamChangeRecordBase.extend({ NewImage: orderImageSchema, OldImage: orderImageSchema }),
});

export const handler = powertoolsDynamodbHandler({ parser, schema: orderRecordSchema });
