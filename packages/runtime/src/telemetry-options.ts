import type { BatchHandlerOptions, OptionalSchema } from './batch-options.js';
import type { MetricsTarget } from './emf-metrics-line.js';
import { InvalidBatchOptionsError } from './errors.js';

/** The log and metric settings of a handler, defaults applied. */
export interface TelemetrySettings {
  writeLine: (line: string) => void;
  logRecordPayload: boolean;
  metrics: MetricsTarget | undefined;
}

// Straight to stdout rather than console.log: the Lambda runtime prefixes console lines with a timestamp, request id
// and level, and CloudWatch only extracts Embedded Metric Format from lines that are pure JSON.
function writeToStdout(line: string): void {
  process.stdout.write(`${line}\n`);
}

function nonEmptyOr(value: string | undefined, fallback: string, option: string): string {
  if (value === undefined) {
    return fallback;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidBatchOptionsError(`${option} must be a non-empty string, got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** Applies the documented defaults and rejects unusable values when the handler is created. */
export function resolveTelemetry(options: BatchHandlerOptions<OptionalSchema, never>): TelemetrySettings {
  if (options.writeLine !== undefined && typeof options.writeLine !== 'function') {
    throw new InvalidBatchOptionsError('writeLine must be a function that takes one line of text.');
  }
  const metrics =
    options.metrics === false
      ? undefined
      : {
          namespace: nonEmptyOr(options.metrics?.namespace, 'LambdaBlueprints', 'metrics.namespace'),
          service: nonEmptyOr(
            options.metrics?.service,
            process.env.AWS_LAMBDA_FUNCTION_NAME || 'lambda-blueprints',
            'metrics.service',
          ),
        };
  return {
    writeLine: options.writeLine ?? writeToStdout,
    logRecordPayload: options.logRecordPayload === true,
    metrics,
  };
}
