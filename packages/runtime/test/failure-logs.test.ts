import type { Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kinesisBatch, sqsBatch } from '../src/index.js';
import { capturedLines, kinesisEvent, kinesisRecord, lambdaContext, order, sqsEvent, sqsRecord } from './factories.js';
import { orderSchema } from './schemas.js';

const secret = 'card-4111111111111111';

describe('failure log lines', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes one structured line per failed record, naming the record and the error but not the body', async () => {
    // Prepare
    const failing = sqsRecord({ body: order({ orderId: secret }) });
    const context = lambdaContext();
    const lines = capturedLines();
    const handler = sqsBatch({
      schema: orderSchema,
      handleRecord: () => {
        throw new TypeError('payment service rejected the order');
      },
      writeLine: lines.writeLine,
      metrics: false,
    });

    // Act
    await handler(sqsEvent([failing]), context);

    // Assess
    expect(lines.logLines()).toEqual([
      {
        timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        level: 'ERROR',
        message: 'SQS record failed; reported as a batch item failure',
        eventSource: 'aws:sqs',
        itemIdentifier: failing.messageId,
        recordIndex: 0,
        awsRequestId: context.awsRequestId,
        error: { name: 'TypeError', message: 'payment service rejected the order' },
      },
    ]);
    expect(lines.lines.join('\n')).not.toContain(secret);
  });

  it('adds the raw payload to failure lines when logRecordPayload is on', async () => {
    // Prepare
    const failing = kinesisRecord({ rawData: 'not base64!' });
    const lines = capturedLines();
    const handler = kinesisBatch({
      schema: orderSchema,
      handleRecord: () => undefined,
      writeLine: lines.writeLine,
      logRecordPayload: true,
      metrics: false,
    });

    // Act
    await handler(kinesisEvent([failing]), lambdaContext());

    // Assess
    expect(lines.logLines()[0]).toMatchObject({
      itemIdentifier: failing.kinesis.sequenceNumber,
      payload: 'not base64!',
      error: { name: 'RecordDecodeError' },
    });
  });

  it('writes no log line for records that succeed', async () => {
    // Prepare
    const lines = capturedLines();
    const handler = sqsBatch({ handleRecord: () => undefined, writeLine: lines.writeLine });

    // Act
    await handler(sqsEvent([sqsRecord(), sqsRecord()]), lambdaContext());

    // Assess
    expect(lines.logLines()).toEqual([]);
  });

  it.each([
    { thrown: 'timeout', message: 'The record function threw a string: timeout' },
    { thrown: Object.create(null), message: 'The record function threw a object: a value that cannot be printed' },
  ])('names a thrown value that is not an Error: $message', async ({ thrown, message }) => {
    // Prepare
    const lines = capturedLines();
    const handler = sqsBatch({
      handleRecord: () => {
        throw thrown;
      },
      writeLine: lines.writeLine,
      metrics: false,
    });

    // Act
    const response = await handler(sqsEvent([sqsRecord()]), lambdaContext());

    // Assess
    expect(response.batchItemFailures).toHaveLength(1);
    expect(lines.logLines()[0]?.error).toEqual({ name: 'NonErrorThrown', message });
  });

  it('still reports and logs failures when invoked without a Lambda context', async () => {
    // Prepare
    const failing = sqsRecord({ rawBody: 'not json' });
    const lines = capturedLines();
    const handler = sqsBatch({ schema: orderSchema, handleRecord: () => undefined, writeLine: lines.writeLine });

    // Act
    const response = await handler(sqsEvent([failing]), undefined as unknown as Context);

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: failing.messageId }]);
    expect(lines.logLines()[0]).toMatchObject({ itemIdentifier: failing.messageId });
  });

  it('writes each line to stdout, newline-terminated, when no writeLine is given', async () => {
    // Prepare
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const failing = sqsRecord({ rawBody: 'not json' });
    const handler = sqsBatch({ schema: orderSchema, handleRecord: () => undefined, metrics: false });

    // Act
    await handler(sqsEvent([failing]), lambdaContext());

    // Assess
    expect(write).toHaveBeenCalledOnce();
    const written = String(write.mock.calls[0]?.[0]);
    expect(written.endsWith('}\n')).toBe(true);
    expect(JSON.parse(written)).toMatchObject({ itemIdentifier: failing.messageId });
  });
});
