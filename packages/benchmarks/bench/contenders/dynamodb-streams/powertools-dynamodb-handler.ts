import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
// The blueprint's own business logic and types: the contenders differ from the blueprint only around them.
import { auditOrderChange } from '../../../../../blueprints/dynamodb-streams/src/order-audit.js';
import type { Order } from '../../../../../blueprints/dynamodb-streams/src/schema.js';
import { logBatchOutcome } from '../powertools-batch-logging.js';

type ParserConfig = ConstructorParameters<typeof BatchProcessor>[1];
type OrderChange = Parameters<typeof auditOrderChange>[0];

/**
 * The DynamoDB Streams blueprint written with Powertools: BatchProcessor with its parser integration, and Logger.
 * Records run one at a time in order (processInParallel: false), as a stream needs; unlike the blueprint, Powertools
 * goes on after a failure, which costs nothing on the all-valid batches measured.
 */
export function powertoolsDynamodbHandler(parserConfig: ParserConfig) {
  const processor = new BatchProcessor(EventType.DynamoDBStreams, parserConfig);
  const logger = new Logger({ serviceName: 'dynamodb-streams-blueprint' });
  // The parser has replaced the images with validated orders by the time the record reaches this function.
  const recordHandler = async (record: DynamoDBRecord) => {
    const change = record.dynamodb ?? {};
    return auditOrderChange({
      eventName: record.eventName as OrderChange['eventName'],
      keys: change.Keys ?? {},
      newImage: change.NewImage as Order | undefined,
      oldImage: change.OldImage as Order | undefined,
      record,
    });
  };
  return async (event: DynamoDBStreamEvent, context: Context) => {
    logger.addContext(context);
    const response = await processPartialResponse(event, recordHandler, processor, {
      context,
      processInParallel: false,
    });
    return logBatchOutcome(logger, event.Records.length, response);
  };
}
