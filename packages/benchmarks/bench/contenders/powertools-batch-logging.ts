import type { Logger } from '@aws-lambda-powertools/logger';

/** The partial batch response Powertools' processPartialResponse returns. */
export interface PartialBatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

/**
 * What the blueprints' runtime writes for a batch, written with Powertools Logger: one line per failed record and one
 * line for the batch (the runtime's is an Embedded Metric Format line), so every contender pays for its telemetry.
 */
export function logBatchOutcome(
  logger: Logger,
  batchSize: number,
  response: PartialBatchResponse,
): PartialBatchResponse {
  for (const { itemIdentifier } of response.batchItemFailures) {
    logger.error('Record failed; reported as a batch item failure', { itemIdentifier });
  }
  logger.info('Batch processed', { batchSize, recordsFailed: response.batchItemFailures.length });
  return response;
}
