import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
// The blueprint's own business rule and types: the contenders differ from the blueprint only around them.
import { acceptOrder } from '../../../../../blueprints/sqs/src/order-acceptance.js';
import type { Order } from '../../../../../blueprints/sqs/src/schema.js';
import { logBatchOutcome } from '../powertools-batch-logging.js';

type ParserConfig = ConstructorParameters<typeof BatchProcessor>[1];

/** The SQS blueprint written with Powertools: BatchProcessor with its parser integration, and Logger. */
export function powertoolsSqsHandler(parserConfig: ParserConfig) {
  const processor = new BatchProcessor(EventType.SQS, parserConfig);
  const logger = new Logger({ serviceName: 'sqs-blueprint' });
  // The parser has replaced the body with the validated order by the time the record reaches this function.
  const recordHandler = async (record: SQSRecord) => acceptOrder(record.body as unknown as Order);
  return async (event: SQSEvent, context: Context) => {
    logger.addContext(context);
    const response = await processPartialResponse(event, recordHandler, processor, { context });
    return logBatchOutcome(logger, event.Records.length, response);
  };
}
