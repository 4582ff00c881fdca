import { parser } from '@aws-lambda-powertools/batch/parser';
import { Base64Encoded } from '@aws-lambda-powertools/parser/helpers';
import { KinesisDataStreamRecord, KinesisDataStreamRecordPayload } from '@aws-lambda-powertools/parser/schemas/kinesis';
import { z } from 'zod';
import { readingSchema } from '../../../../../blueprints/kinesis/src/schema.js';
import { powertoolsKinesisHandler } from './powertools-kinesis-handler.js';

// Powertools at its fastest: the whole-record schema built once instead of extended again for every record. The
// blueprint's zod/mini schema is piped in as it is, so both validate exactly the same way.
const readingRecordSchema = KinesisDataStreamRecord.extend({
  kinesis: KinesisDataStreamRecordPayload.extend({ data: Base64Encoded(z.unknown()).pipe(readingSchema) }),
});

export const handler = powertoolsKinesisHandler({ parser, schema: readingRecordSchema });
