import { afterEach, describe, expect, it, vi } from 'vitest';
import { dynamodbStreamBatch, InvalidBatchOptionsError, kinesisBatch, sqsBatch } from '../src/index.js';
import {
  capturedLines,
  dynamodbEvent,
  dynamodbRecord,
  kinesisEvent,
  kinesisRecord,
  lambdaContext,
  sqsEvent,
  sqsRecord,
} from './factories.js';
import { orderSchema } from './schemas.js';

interface EmfDirective {
  Namespace: string;
  Dimensions: string[][];
  Metrics: { Name: string; Unit: string }[];
}

function onlyMetricLine(lines: ReturnType<typeof capturedLines>) {
  const metricLines = lines.metricLines();
  expect(metricLines).toHaveLength(1);
  const line = metricLines[0] as Record<string, unknown> & {
    _aws: { Timestamp: number; CloudWatchMetrics: EmfDirective[] };
  };
  const directive = line._aws.CloudWatchMetrics[0] as EmfDirective;
  return { line, directive };
}

describe('Embedded Metric Format line', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('writes one valid EMF line per batch with the batch figures', async () => {
    // Prepare
    const lines = capturedLines();
    const handler = sqsBatch({
      schema: orderSchema,
      handleRecord: () => undefined,
      writeLine: lines.writeLine,
      metrics: { namespace: 'Orders', service: 'orders-consumer' },
    });
    const records = [sqsRecord(), sqsRecord({ rawBody: 'not json' }), sqsRecord(), sqsRecord()];

    // Act
    await handler(sqsEvent(records), lambdaContext());

    // Assess
    const { line, directive } = onlyMetricLine(lines);
    expect(line._aws.Timestamp).toEqual(expect.any(Number));
    expect(directive).toEqual({
      Namespace: 'Orders',
      Dimensions: [['service']],
      Metrics: [
        { Name: 'BatchSize', Unit: 'Count' },
        { Name: 'RecordsSucceeded', Unit: 'Count' },
        { Name: 'RecordsFailed', Unit: 'Count' },
        { Name: 'BatchDuration', Unit: 'Milliseconds' },
      ],
    });
    expect(line).toMatchObject({ service: 'orders-consumer', BatchSize: 4, RecordsSucceeded: 3, RecordsFailed: 1 });
    expect(line.BatchDuration).toBeGreaterThanOrEqual(0);
  });

  it('reports BatchDuration in milliseconds, from the first record to the last', async () => {
    // Prepare
    const lines = capturedLines();
    const recordMs = 30;
    const handler = sqsBatch({
      handleRecord: () => new Promise<void>((resolve) => setTimeout(resolve, recordMs)),
      writeLine: lines.writeLine,
      metrics: { namespace: 'Orders', service: 'orders-consumer' },
    });

    // Act
    await handler(sqsEvent([sqsRecord()]), lambdaContext());

    // Assess: at least the record's wait (a timer may fire a little early), not seconds (0.03) nor nanoseconds.
    const { line } = onlyMetricLine(lines);
    expect(line.BatchDuration).toBeGreaterThanOrEqual(recordMs - 5);
    expect(line.BatchDuration).toBeLessThan(recordMs * 1000);
  });

  it.each([
    {
      source: 'Kinesis',
      invoke: (writeLine: (line: string) => void) =>
        kinesisBatch({ handleRecord: () => undefined, writeLine })(
          kinesisEvent([kinesisRecord({ arrivedSecondsAgo: 90 }), kinesisRecord({ arrivedSecondsAgo: 5 })]),
          lambdaContext(),
        ),
    },
    {
      source: 'DynamoDB',
      invoke: (writeLine: (line: string) => void) =>
        dynamodbStreamBatch({ handleRecord: () => undefined, writeLine })(
          dynamodbEvent([dynamodbRecord({ createdSecondsAgo: 5 }), dynamodbRecord({ createdSecondsAgo: 90 })]),
          lambdaContext(),
        ),
    },
  ])('adds the age of the oldest $source record', async ({ invoke }) => {
    // Prepare
    const lines = capturedLines();

    // Act
    await invoke(lines.writeLine);

    // Assess
    const { line, directive } = onlyMetricLine(lines);
    expect(directive.Metrics).toContainEqual({ Name: 'OldestRecordAge', Unit: 'Milliseconds' });
    expect(line.OldestRecordAge).toBeGreaterThanOrEqual(90_000);
    expect(line.OldestRecordAge).toBeLessThan(150_000);
  });

  it('declares every metric it writes and writes every metric it declares', async () => {
    // Prepare
    const lines = capturedLines();
    const handler = kinesisBatch({ handleRecord: () => undefined, writeLine: lines.writeLine });

    // Act
    await handler(kinesisEvent([kinesisRecord()]), lambdaContext());

    // Assess
    const { line, directive } = onlyMetricLine(lines);
    const numericKeys = Object.keys(line).filter((key) => typeof line[key] === 'number');
    expect(directive.Metrics.map((metric) => metric.Name).sort()).toEqual(numericKeys.sort());
    expect(Object.keys(line)).toEqual(expect.arrayContaining(directive.Dimensions.flat()));
  });

  it('uses the LambdaBlueprints namespace and the function name as service by default', async () => {
    // Prepare
    vi.stubEnv('AWS_LAMBDA_FUNCTION_NAME', 'billing-consumer');
    const lines = capturedLines();
    const handler = sqsBatch({ handleRecord: () => undefined, writeLine: lines.writeLine });

    // Act
    await handler(sqsEvent([sqsRecord()]), lambdaContext());

    // Assess
    const { line, directive } = onlyMetricLine(lines);
    expect(directive.Namespace).toBe('LambdaBlueprints');
    expect(line.service).toBe('billing-consumer');
  });

  it('writes no metric line when metrics is false', async () => {
    // Prepare
    const lines = capturedLines();
    const handler = sqsBatch({ handleRecord: () => undefined, writeLine: lines.writeLine, metrics: false });

    // Act
    await handler(sqsEvent([sqsRecord()]), lambdaContext());

    // Assess
    expect(lines.lines).toEqual([]);
  });

  it('rejects an empty namespace when the handler is created', () => {
    // Act
    const create = () => sqsBatch({ handleRecord: () => undefined, metrics: { namespace: ' ' } });

    // Assess
    expect(create).toThrow(InvalidBatchOptionsError);
    expect(create).toThrow('metrics.namespace must be a non-empty string, got " "');
  });
});
