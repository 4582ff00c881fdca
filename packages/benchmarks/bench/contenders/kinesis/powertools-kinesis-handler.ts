import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, KinesisStreamEvent, KinesisStreamRecord } from 'aws-lambda';
// The blueprint's own business logic and types: the contenders differ from the blueprint only around them.
import { recordReading } from '../../../../../blueprints/kinesis/src/reading-recording.js';
import type { Reading } from '../../../../../blueprints/kinesis/src/schema.js';
import { logBatchOutcome } from '../powertools-batch-logging.js';

type ParserConfig = ConstructorParameters<typeof BatchProcessor>[1];

/**
 * The Kinesis blueprint written with Powertools: BatchProcessor with its parser integration, and Logger. Records run
 * one at a time in order (processInParallel: false), as a stream needs; unlike the blueprint, Powertools goes on after
 * a failure, which costs nothing on the all-valid batches measured.
 */
export function powertoolsKinesisHandler(parserConfig: ParserConfig) {
  const processor = new BatchProcessor(EventType.KinesisDataStreams, parserConfig);
  const logger = new Logger({ serviceName: 'kinesis-blueprint' });
  // The parser has replaced the data with the validated reading by the time the record reaches this function.
  const recordHandler = async (record: KinesisStreamRecord) =>
    recordReading(record.kinesis.data as unknown as Reading, record);
  return async (event: KinesisStreamEvent, context: Context) => {
    logger.addContext(context);
    const response = await processPartialResponse(event, recordHandler, processor, {
      context,
      processInParallel: false,
    });
    return logBatchOutcome(logger, event.Records.length, response);
  };
}
