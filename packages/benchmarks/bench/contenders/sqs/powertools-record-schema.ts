import { parser } from '@aws-lambda-powertools/batch/parser';
import { JSONStringified } from '@aws-lambda-powertools/parser/helpers';
import { SqsRecordSchema } from '@aws-lambda-powertools/parser/schemas/sqs';
import { z } from 'zod';
import { orderSchema } from '../../../../../blueprints/sqs/src/schema.js';
import { powertoolsSqsHandler } from './powertools-sqs-handler.js';

// Powertools at its fastest: with innerSchema it extends the SQS record schema again for every record, so here the
// whole-record schema is built once. The blueprint's zod/mini schema is piped in as it is (zod and zod/mini share
// their core), so both validate exactly the same way.
const orderRecordSchema = SqsRecordSchema.extend({ body: JSONStringified(z.unknown()).pipe(orderSchema) });

export const handler = powertoolsSqsHandler({ parser, schema: orderRecordSchema });
