import { describe, expect, it, vi } from 'vitest';
import {
  type BatchHandler,
  dynamodbStreamBatch,
  kinesisBatch,
  MalformedEventError,
  sqsBatch,
  sqsFifoBatch,
} from '../src/index.js';
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

type AnyBatchHandler = BatchHandler<never>;

const handlers = {
  sqsBatch: (handleRecord) => sqsBatch({ handleRecord, writeLine: capturedLines().writeLine }),
  sqsFifoBatch: (handleRecord) => sqsFifoBatch({ handleRecord, writeLine: capturedLines().writeLine }),
  kinesisBatch: (handleRecord) => kinesisBatch({ handleRecord, writeLine: capturedLines().writeLine }),
  dynamodbStreamBatch: (handleRecord) => dynamodbStreamBatch({ handleRecord, writeLine: capturedLines().writeLine }),
} satisfies Record<string, (handleRecord: () => void) => AnyBatchHandler>;

function invoke(create: (handleRecord: () => void) => AnyBatchHandler, event: unknown) {
  const handleRecord = vi.fn();
  const invocation = create(handleRecord)(event as never, lambdaContext());
  return { invocation, handleRecord };
}

describe('malformed events', () => {
  it.each([
    {
      handler: 'sqsBatch',
      create: handlers.sqsBatch,
      event: () => kinesisEvent([kinesisRecord()]),
      message: 'Expected SQS records (eventSource "aws:sqs"), got "aws:kinesis" at Records[0]',
    },
    {
      handler: 'sqsFifoBatch',
      create: handlers.sqsFifoBatch,
      event: () => dynamodbEvent([dynamodbRecord()]),
      message: 'Expected SQS FIFO records (eventSource "aws:sqs"), got "aws:dynamodb" at Records[0]',
    },
    {
      handler: 'kinesisBatch',
      create: handlers.kinesisBatch,
      event: () => ({ Records: [kinesisRecord(), sqsRecord()] }),
      message: 'Expected Kinesis records (eventSource "aws:kinesis"), got "aws:sqs" at Records[1]',
    },
    {
      handler: 'dynamodbStreamBatch',
      create: handlers.dynamodbStreamBatch,
      event: () => kinesisEvent([kinesisRecord()]),
      message: 'Expected DynamoDB records (eventSource "aws:dynamodb"), got "aws:kinesis" at Records[0]',
    },
  ])('$handler rejects records of another source before running any', async ({ create, event, message }) => {
    // Act
    const { invocation, handleRecord } = invoke(create, event());

    // Assess
    await expect(invocation).rejects.toThrow(MalformedEventError);
    await expect(invocation).rejects.toThrow(message);
    expect(handleRecord).not.toHaveBeenCalled();
  });

  it.each([
    {
      received: 'an object without Records',
      event: { detail: {}, source: 'aws.events' },
      got: 'an object with keys detail, source',
    },
    { received: 'null', event: null, got: 'null' },
    { received: 'a string', event: 'Records', got: 'a string' },
    { received: 'Records that is not an array', event: { Records: {} }, got: 'an object with keys Records' },
  ])('rejects $received and names what it got', async ({ event, got }) => {
    // Act
    const { invocation } = invoke(handlers.sqsBatch, event);

    // Assess
    await expect(invocation).rejects.toThrow(MalformedEventError);
    await expect(invocation).rejects.toThrow(
      `Expected an event with a Records array of SQS records (eventSource "aws:sqs"), got ${got}.`,
    );
  });

  it.each([
    { received: 'a null record', record: null, got: 'got null at Records[1]' },
    { received: 'a record without eventSource', record: { messageId: 'm-1' }, got: 'got no eventSource at Records[1]' },
  ])('rejects $received and names its position', async ({ record, got }) => {
    // Act
    const { invocation } = invoke(handlers.sqsBatch, {
      Records: [sqsRecord(), record],
    });

    // Assess
    await expect(invocation).rejects.toThrow(MalformedEventError);
    await expect(invocation).rejects.toThrow(got);
  });

  it.each(Object.entries(handlers))('%s answers an empty batch with no failures', async (_name, create) => {
    // Act
    const { invocation } = invoke(create, sqsEvent([]));

    // Assess
    await expect(invocation).resolves.toEqual({ batchItemFailures: [] });
  });
});
