import { describe, expect, it } from 'vitest';
import {
  InvalidFilterCriteriaError,
  InvalidMappingOptionsError,
  MappingNotFoundError,
  readMappingSettings,
  simulate,
  UnsupportedEventSourceError,
} from '../../src/index.js';
import { resource, templateOf } from '../support/cloudformation-template.js';
import { sqsBatchHandler, streamBatchHandler } from './support/batch-handlers.js';
import { sqsMappingTemplate, streamMappingTemplate } from './support/mapping-templates.js';

describe('readMappingSettings', () => {
  it('applies AWS defaults to an SQS mapping that sets nothing', () => {
    // Prepare
    const template = sqsMappingTemplate({ reportBatchItemFailures: false });

    // Act
    const settings = readMappingSettings(template);

    // Assess
    expect(settings).toMatchObject({
      source: 'sqs',
      batchSize: 10,
      maximumBatchingWindowSeconds: 0,
      reportBatchItemFailures: false,
      filterPatterns: [],
      function: { functionName: 'orders-handler', timeoutSeconds: 3, memoryMb: 128 },
      queue: { fifo: false, visibilityTimeoutSeconds: 30, messageRetentionSeconds: 345_600 },
    });
    expect(settings).not.toHaveProperty('queue.maxReceiveCount');
  });

  it('applies AWS defaults to a stream mapping that sets nothing', () => {
    // Prepare
    const template = streamMappingTemplate('kinesis', { reportBatchItemFailures: false });

    // Act
    const settings = readMappingSettings(template);

    // Assess
    expect(settings).toMatchObject({
      source: 'kinesis',
      batchSize: 100,
      bisectBatchOnFunctionError: false,
      maximumRetryAttempts: -1,
      maximumRecordAgeSeconds: -1,
      parallelizationFactor: 1,
      stream: { shardCount: 1, retentionHours: 24 },
    });
    expect(settings).not.toHaveProperty('onFailureDestinationArn');
  });

  it('reads the queue, its redrive policy and the function timeout from the template', () => {
    // Prepare
    const template = sqsMappingTemplate({
      fifo: true,
      visibilityTimeout: 180,
      maxReceiveCount: 4,
      timeout: 30,
      batchSize: 5,
      filters: [{ body: { kind: ['order'] } }],
    });

    // Act
    const settings = readMappingSettings(template);

    // Assess
    expect(settings).toMatchObject({
      source: 'sqs',
      mappingLogicalId: 'Mapping',
      batchSize: 5,
      reportBatchItemFailures: true,
      filterPatterns: ['{"body":{"kind":["order"]}}'],
      function: { logicalId: 'Handler', timeoutSeconds: 30 },
      queue: {
        logicalId: 'Queue',
        arn: 'arn:aws:sqs:us-east-1:123456789012:Queue.fifo',
        fifo: true,
        visibilityTimeoutSeconds: 180,
        maxReceiveCount: 4,
        deadLetterQueueArn: 'arn:aws:sqs:us-east-1:123456789012:DeadLetterQueue.fifo',
      },
    });
  });

  it('reads the stream error handling and its on-failure destination', () => {
    // Prepare
    const template = streamMappingTemplate('dynamodb-streams', {
      bisect: true,
      retries: 5,
      maxRecordAge: 3600,
      parallelization: 3,
      onFailure: true,
    });

    // Act
    const settings = readMappingSettings(template);

    // Assess
    expect(settings).toMatchObject({
      source: 'dynamodb-streams',
      bisectBatchOnFunctionError: true,
      maximumRetryAttempts: 5,
      maximumRecordAgeSeconds: 3600,
      parallelizationFactor: 3,
      startingPosition: 'TRIM_HORIZON',
      onFailureDestinationArn: 'arn:aws:sqs:us-east-1:123456789012:OnFailureQueue',
      stream: { arn: 'arn:aws:dynamodb:us-east-1:123456789012:table/Source/stream/2024-01-01T00:00:00.000' },
    });
  });

  it("reads the key attributes of the stream's table from its KeySchema, partition key first", () => {
    // Prepare
    const template = streamMappingTemplate('dynamodb-streams');
    template.Resources = {
      ...template.Resources,
      Source: resource('AWS::DynamoDB::Table', {
        KeySchema: [
          { AttributeName: 'orderNumber', KeyType: 'RANGE' },
          { AttributeName: 'customerId', KeyType: 'HASH' },
        ],
        AttributeDefinitions: [
          { AttributeName: 'orderNumber', AttributeType: 'N' },
          { AttributeName: 'customerId', AttributeType: 'S' },
        ],
      }),
    };

    // Act
    const settings = readMappingSettings(template);

    // Assess
    expect(settings.source !== 'sqs' && settings.stream.keyAttributes).toEqual([
      { name: 'customerId', type: 'S' },
      { name: 'orderNumber', type: 'N' },
    ]);
  });

  it('reads no key attributes for the stream of a table the template does not define', () => {
    // Prepare
    const template = streamMappingTemplate('dynamodb-streams', { importedStream: true });

    // Act
    const settings = readMappingSettings(template);

    // Assess
    expect(settings).toMatchObject({
      source: 'dynamodb-streams',
      stream: { arn: expect.stringContaining('/orders/') },
    });
    expect(settings).not.toHaveProperty('stream.keyAttributes');
  });

  it('counts four shards for an on-demand Kinesis stream', () => {
    // Prepare
    const template = streamMappingTemplate('kinesis');
    template.Resources = {
      ...template.Resources,
      Source: resource('AWS::Kinesis::Stream', { StreamModeDetails: { StreamMode: 'ON_DEMAND' } }),
    };

    // Act
    const settings = readMappingSettings(template);

    // Assess
    expect(settings.source !== 'sqs' && settings.stream.shardCount).toBe(4);
  });

  it('picks the mapping of the function it is given when the template has several', () => {
    // Prepare
    const { Resources = {} } = sqsMappingTemplate();
    const template = templateOf({
      ...Resources,
      Other: resource('AWS::Lambda::Function'),
      OtherMapping: resource('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: 'Other' },
        EventSourceArn: { 'Fn::GetAtt': ['Queue', 'Arn'] },
        BatchSize: 2,
      }),
    });

    // Act
    const settings = readMappingSettings(template, { functionLogicalId: 'Other' });

    // Assess
    expect(settings).toMatchObject({
      mappingLogicalId: 'OtherMapping',
      batchSize: 2,
      function: { functionName: 'Other' },
    });
    expect(() => readMappingSettings(template)).toThrow(MappingNotFoundError);
  });

  it('refuses a batch size Lambda refuses for a queue without a batching window', () => {
    // Prepare
    const template = sqsMappingTemplate({ batchSize: 50 });

    // Act
    const read = () => readMappingSettings(template);

    // Assess
    expect(read).toThrow(InvalidMappingOptionsError);
    expect(readMappingSettings(sqsMappingTemplate({ batchSize: 50, batchingWindow: 5 })).batchSize).toBe(50);
  });

  it('refuses a source it does not model', () => {
    // Prepare
    const template = templateOf({
      Handler: resource('AWS::Lambda::Function'),
      Mapping: resource('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: 'Handler' },
        EventSourceArn: 'arn:aws:kafka:us-east-1:123456789012:cluster/orders/abc',
      }),
    });

    // Act
    const read = () => readMappingSettings(template);

    // Assess
    expect(read).toThrow(UnsupportedEventSourceError);
  });

  it('refuses a filter Lambda would refuse', () => {
    // Prepare
    const template = sqsMappingTemplate({ filters: [{ body: { status: 'paid' } }] });

    // Act
    const read = () => readMappingSettings(template);

    // Assess
    expect(read).toThrow(InvalidFilterCriteriaError);
  });
});

describe('simulate with the settings of a template', () => {
  it('batches SQS messages by the BatchSize of the template', async () => {
    // Prepare
    const small = readMappingSettings(sqsMappingTemplate({ batchSize: 3 }));
    const large = readMappingSettings(sqsMappingTemplate({ batchSize: 7 }));
    const smallRun = sqsBatchHandler();
    const largeRun = sqsBatchHandler();

    // Act
    await simulate(small, smallRun.handler, { records: 21, seed: 1 });
    await simulate(large, largeRun.handler, { records: 21, seed: 1 });

    // Assess
    expect(smallRun.recording.batches.map((batch) => batch.length)).toEqual([3, 3, 3, 3, 3, 3, 3]);
    expect(largeRun.recording.batches.map((batch) => batch.length)).toEqual([7, 7, 7]);
  });

  it('batches stream records by the BatchSize of the template', async () => {
    // Prepare
    const small = readMappingSettings(streamMappingTemplate('kinesis', { batchSize: 25 }));
    const large = readMappingSettings(streamMappingTemplate('kinesis', { batchSize: 40 }));
    const smallRun = streamBatchHandler();
    const largeRun = streamBatchHandler();

    // Act
    await simulate(small, smallRun.handler, { records: 100, seed: 1 });
    await simulate(large, largeRun.handler, { records: 100, seed: 1 });

    // Assess
    expect(smallRun.recording.batches.map((batch) => batch.length)).toEqual([25, 25, 25, 25]);
    expect(largeRun.recording.batches.map((batch) => batch.length)).toEqual([40, 40, 20]);
  });
});
