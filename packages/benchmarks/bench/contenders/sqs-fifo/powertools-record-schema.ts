import { processPartialResponse, SqsFifoPartialProcessorAsync } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { parse } from '@aws-lambda-powertools/parser';
import { JSONStringified } from '@aws-lambda-powertools/parser/helpers';
import { SqsRecordSchema } from '@aws-lambda-powertools/parser/schemas/sqs';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { z } from 'zod';
// The blueprint's own schema and business rule: the contenders differ from the blueprint only around them.
import { statusChangeSchema } from '../../../../../blueprints/sqs-fifo/src/schema.js';
import { acceptStatusChange } from '../../../../../blueprints/sqs-fifo/src/status-transition.js';
import { logBatchOutcome } from '../powertools-batch-logging.js';

// Powertools' FIFO processors take no parser configuration (so there is no innerSchema way to compare): the record
// handler parses with the whole-record schema, built once. skipGroupOnError fails only the rest of the failed group,
// as the blueprint does, instead of the rest of the batch.
const statusChangeRecordSchema = SqsRecordSchema.extend({
  body: JSONStringified(z.unknown()).pipe(statusChangeSchema),
});
const processor = new SqsFifoPartialProcessorAsync();
const logger = new Logger({ serviceName: 'sqs-fifo-blueprint' });
const recordHandler = async (record: SQSRecord) =>
  acceptStatusChange(parse(record, undefined, statusChangeRecordSchema).body);

export const handler = async (event: SQSEvent, context: Context) => {
  logger.addContext(context);
  const response = await processPartialResponse(event, recordHandler, processor, { context, skipGroupOnError: true });
  return logBatchOutcome(logger, event.Records.length, response);
};
