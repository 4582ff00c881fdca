import { Duration } from 'aws-cdk-lib';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { describe, expect, it } from 'vitest';
import {
  ConflictingPropsError,
  KinesisStreamSource,
  type KinesisStreamSourceProps,
  MissingOnFailureDestinationError,
  OnFailureDestination,
  OutOfRangeError,
  UnsupportedOptionError,
} from '../src/index.js';
import {
  allAs,
  arnOf,
  composedDocumentOf,
  decisions,
  foreignArn,
  roleOf,
  statementSet,
} from './support/role-under-test.js';
import { logicalIdOf, useSynthFixture } from './support/synth-fixture.js';

// The read permissions the Lambda guide lists for a Kinesis source, without the account-wide ListStreams.
const READ_ACTIONS = [
  'kinesis:DescribeStream',
  'kinesis:DescribeStreamSummary',
  'kinesis:GetRecords',
  'kinesis:GetShardIterator',
  'kinesis:ListShards',
];
const FAN_OUT_ACTIONS = ['kinesis:SubscribeToShard', 'kinesis:DescribeStreamConsumer'];
const KEY_ARN = foreignArn('kms', 'key/1234abcd-12ab-34cd-56ef-1234567890ab');

const fixture = useSynthFixture();

function synthKinesis(props: KinesisStreamSourceProps = {}) {
  const source = new KinesisStreamSource(props);
  return { source, ...fixture.synthFunction({ source }) };
}

/** The on-failure queue the source created (the default destination). */
function onFailureQueueOf(source: KinesisStreamSource) {
  const queue = source.onFailure.queue;
  if (queue === undefined) throw new Error('The on-failure destination is not a queue');
  return queue;
}

describe('KinesisStreamSource mapping', () => {
  it('maps the stream with partial batch responses, bisect, bounded retries and age, from the trim horizon', () => {
    // Prepare / Act
    const { template, source } = synthKinesis();

    // Assess
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(source.stream), 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10,
      MaximumRecordAgeInSeconds: 86_400,
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 100,
      ParallelizationFactor: 1,
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [logicalIdOf(onFailureQueueOf(source)), 'Arn'] } },
      },
    });
  });

  it('passes the tuning options through', () => {
    // Prepare / Act
    const { template } = synthKinesis({
      batchSize: 500,
      maxBatchingWindow: Duration.seconds(30),
      retryAttempts: 3,
      maxRecordAge: Duration.hours(2),
      parallelizationFactor: 4,
      tumblingWindow: Duration.seconds(120),
      bisectBatchOnError: false,
      startingPosition: StartingPosition.LATEST,
    });

    // Assess
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 500,
      MaximumBatchingWindowInSeconds: 30,
      MaximumRetryAttempts: 3,
      MaximumRecordAgeInSeconds: 7200,
      ParallelizationFactor: 4,
      TumblingWindowInSeconds: 120,
      BisectBatchOnFunctionError: false,
      StartingPosition: 'LATEST',
    });
  });

  it('starts at a timestamp with AT_TIMESTAMP', () => {
    // Prepare / Act
    const { template } = synthKinesis({
      startingPosition: StartingPosition.AT_TIMESTAMP,
      startingPositionTimestamp: 1_700_000_000,
    });

    // Assess
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      StartingPosition: 'AT_TIMESTAMP',
      StartingPositionTimestamp: 1_700_000_000,
    });
  });

  it.each<[string, KinesisStreamSourceProps]>([
    ['AT_TIMESTAMP without a timestamp', { startingPosition: StartingPosition.AT_TIMESTAMP }],
    ['a timestamp without AT_TIMESTAMP', { startingPositionTimestamp: 1_700_000_000 }],
  ])('refuses %s', (_case, props) => {
    // Prepare / Act
    const build = () => new KinesisStreamSource(props);

    // Assess
    expect(build).toThrow(ConflictingPropsError);
    expect(build).toThrow(/startingPosition and startingPositionTimestamp/);
  });

  it.each<[string, KinesisStreamSourceProps, string]>([
    ['retryAttempts', { retryAttempts: -1 }, 'retryAttempts is -1 attempts but must be between 0 and 10000'],
    ['retryAttempts', { retryAttempts: 10_001 }, 'retryAttempts is 10001 attempts'],
    ['maxRecordAge', { maxRecordAge: Duration.seconds(59) }, 'maxRecordAge is 59 seconds but must be between 60'],
    ['maxRecordAge', { maxRecordAge: Duration.days(8) }, 'maxRecordAge is 691200 seconds'],
    ['parallelizationFactor', { parallelizationFactor: 11 }, 'parallelizationFactor is 11 batches per shard'],
    ['parallelizationFactor', { parallelizationFactor: 0 }, 'between 1 and 10 batches per shard'],
    ['tumblingWindow', { tumblingWindow: Duration.seconds(901) }, 'tumblingWindow is 901 seconds'],
    ['batchSize', { batchSize: 10_001 }, 'batchSize is 10001 records but must be between 1 and 10000'],
    ['maxBatchingWindow', { maxBatchingWindow: Duration.seconds(301) }, 'maxBatchingWindow is 301 seconds'],
  ])('refuses %s out of range', (_prop, props, message) => {
    // Prepare / Act
    const build = () => new KinesisStreamSource(props);

    // Assess
    expect(build).toThrow(OutOfRangeError);
    expect(build).toThrow(message);
  });
});

describe('KinesisStreamSource on-failure destination', () => {
  it('refuses a mapping without an on-failure destination, saying records would be lost', () => {
    // Prepare: a caller without types (JSON config, JavaScript) passes null.
    const props = { onFailure: null } as unknown as KinesisStreamSourceProps;

    // Act
    const build = () => new KinesisStreamSource(props);

    // Assess
    expect(build).toThrow(MissingOnFailureDestinationError);
    expect(build).toThrow(/would be discarded and lost/);
  });

  it('sends failures to an encrypted queue by default, with only sqs:SendMessage on it', () => {
    // Prepare / Act
    const synthesized = synthKinesis();
    const queue = onFailureQueueOf(synthesized.source);
    const queueArn = arnOf(synthesized, queue);
    const role = roleOf(synthesized);

    // Assess
    expect(synthesized.json.Resources?.[logicalIdOf(queue)]?.Properties?.SqsManagedSseEnabled).toBe(true);
    expect(decisions(role, ['sqs:SendMessage', 'sqs:ReceiveMessage'], queueArn)).toEqual({
      'sqs:SendMessage': true,
      'sqs:ReceiveMessage': false,
    });
  });

  it('alarms when the on-failure queue holds messages, on its QueueName', () => {
    // Prepare / Act
    const { template, source } = synthKinesis();

    // Assess
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [
        { Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalIdOf(onFailureQueueOf(source)), 'QueueName'] } },
      ],
      Threshold: 0,
    });
  });

  it('alarms on an imported on-failure queue by its name', () => {
    // Prepare / Act
    const { template } = synthKinesis({ onFailure: OnFailureDestination.queue(foreignArn('sqs', 'stream-failures')) });

    // Assess
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: 'stream-failures' }],
    });
  });

  it('sends failures to an SNS topic with exactly sns:Publish on it', () => {
    // Prepare
    const topicArn = foreignArn('sns', 'stream-failures');

    // Act
    const synthesized = synthKinesis({ onFailure: OnFailureDestination.topic(topicArn) });
    const role = roleOf(synthesized);

    // Assess
    synthesized.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      DestinationConfig: { OnFailure: { Destination: topicArn } },
    });
    expect(decisions(role, ['sns:Publish', 'sns:Subscribe'], topicArn)).toEqual({
      'sns:Publish': true,
      'sns:Subscribe': false,
    });
    expect(decisions(role, ['sns:Publish'], foreignArn('sns', 'other-topic'))).toEqual({ 'sns:Publish': false });
    synthesized.template.resourceCountIs('AWS::SQS::Queue', 0);
  });

  it('sends failures to an S3 bucket with exactly s3:PutObject on its objects and s3:ListBucket on it', () => {
    // Prepare
    const bucketArn = 'arn:aws:s3:::stream-failures';

    // Act
    const synthesized = synthKinesis({ onFailure: OnFailureDestination.bucket(bucketArn) });
    const role = roleOf(synthesized);

    // Assess
    expect(decisions(role, ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'], `${bucketArn}/shard/1.json`)).toEqual({
      's3:PutObject': true,
      's3:GetObject': false,
      's3:DeleteObject': false,
    });
    expect(decisions(role, ['s3:ListBucket', 's3:PutObject'], bucketArn)).toEqual({
      's3:ListBucket': true,
      's3:PutObject': false,
    });
    expect(decisions(role, ['s3:PutObject'], 'arn:aws:s3:::other-bucket/x')).toEqual({ 's3:PutObject': false });
  });

  it('grants kms:GenerateDataKey and kms:Decrypt on the key of the destination', () => {
    // Prepare
    const topicArn = foreignArn('sns', 'stream-failures');

    // Act
    const role = roleOf(synthKinesis({ onFailure: OnFailureDestination.topic(topicArn, { keyArn: KEY_ARN }) }));

    // Assess
    expect(decisions(role, ['kms:GenerateDataKey', 'kms:Decrypt'], KEY_ARN)).toEqual(
      allAs(['kms:GenerateDataKey', 'kms:Decrypt'], true),
    );
  });

  it('refuses a FIFO queue, which Lambda cannot send stream failures to', () => {
    // Prepare / Act
    const build = () => OnFailureDestination.queue(foreignArn('sqs', 'failures.fifo'));

    // Assess
    expect(build).toThrow(UnsupportedOptionError);
    expect(build).toThrow(/only to standard queues/);
  });
});

describe('KinesisStreamSource role', () => {
  it('allows reading this stream only, ListStreams account-wide, and no writes to it', () => {
    // Prepare
    const synthesized = synthKinesis();
    const streamArn = arnOf(synthesized, synthesized.source.stream);

    // Act
    const role = roleOf(synthesized);

    // Assess
    expect(decisions(role, READ_ACTIONS, streamArn)).toEqual(allAs(READ_ACTIONS, true));
    expect(decisions(role, READ_ACTIONS, foreignArn('kinesis', 'stream/other'))).toEqual(allAs(READ_ACTIONS, false));
    expect(decisions(role, ['kinesis:ListStreams'], '*')).toEqual({ 'kinesis:ListStreams': true });
    expect(decisions(role, ['kinesis:PutRecord', 'kinesis:PutRecords'], streamArn)).toEqual(
      allAs(['kinesis:PutRecord', 'kinesis:PutRecords'], false),
    );
    expect(decisions(role, FAN_OUT_ACTIONS, streamArn)).toEqual(allAs(FAN_OUT_ACTIONS, false));
  });

  it('holds exactly the statements of the role templates', () => {
    // Prepare
    const synthesized = synthKinesis({ enhancedFanOut: true, keyArn: KEY_ARN });

    // Act
    const role = roleOf(synthesized);

    // Assess
    expect(statementSet(role.policyDocuments)).toEqual(statementSet([composedDocumentOf(synthesized)]));
    expect(synthesized.fn.requiredPolicy.templates).toEqual([
      'basic-execution',
      'kinesis-fan-out',
      'kinesis-read',
      'kms-decrypt',
      'sqs-send',
    ]);
  });
});

describe('KinesisStreamSource stream', () => {
  it('encrypts a new stream with the AWS managed key by default', () => {
    // Prepare / Act
    const { template } = synthKinesis();

    // Assess
    template.hasResourceProperties('AWS::Kinesis::Stream', {
      StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' },
      StreamModeDetails: { StreamMode: 'ON_DEMAND' },
      RetentionPeriodHours: 24,
    });
  });

  it('encrypts with a customer managed key and lets the role decrypt with it only', () => {
    // Prepare / Act
    const synthesized = synthKinesis({ keyArn: KEY_ARN, shardCount: 2 });
    const role = roleOf(synthesized);

    // Assess
    synthesized.template.hasResourceProperties('AWS::Kinesis::Stream', {
      StreamEncryption: { EncryptionType: 'KMS', KeyId: KEY_ARN },
      ShardCount: 2,
    });
    expect(decisions(role, ['kms:Decrypt'], KEY_ARN)).toEqual({ 'kms:Decrypt': true });
    expect(decisions(role, ['kms:Decrypt'], foreignArn('kms', 'key/other'))).toEqual({ 'kms:Decrypt': false });
  });

  it('reads through an enhanced fan-out consumer with fan-out permissions on the consumer only', () => {
    // Prepare
    const synthesized = synthKinesis({ enhancedFanOut: true });
    const consumer = synthesized.source.consumer;
    if (consumer === undefined) throw new Error('The source created no consumer');
    const consumerArn = arnOf(synthesized, consumer, 'ConsumerARN');
    const streamArn = arnOf(synthesized, synthesized.source.stream);

    // Act
    const role = roleOf(synthesized);

    // Assess
    synthesized.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(consumer), 'ConsumerARN'] },
    });
    expect(decisions(role, FAN_OUT_ACTIONS, consumerArn)).toEqual(allAs(FAN_OUT_ACTIONS, true));
    expect(decisions(role, FAN_OUT_ACTIONS, `${streamArn}/consumer/other:1`)).toEqual(allAs(FAN_OUT_ACTIONS, false));
    expect(decisions(role, READ_ACTIONS, streamArn)).toEqual(allAs(READ_ACTIONS, true));
  });

  it('reads an imported stream by ARN without creating one', () => {
    // Prepare
    const streamArn = foreignArn('kinesis', 'stream/clicks');

    // Act
    const synthesized = synthKinesis({ streamArn, keyArn: KEY_ARN });
    const role = roleOf(synthesized);

    // Assess
    synthesized.template.resourceCountIs('AWS::Kinesis::Stream', 0);
    synthesized.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { EventSourceArn: streamArn });
    expect(decisions(role, READ_ACTIONS, streamArn)).toEqual(allAs(READ_ACTIONS, true));
    expect(decisions(role, ['kms:Decrypt'], KEY_ARN)).toEqual({ 'kms:Decrypt': true });
  });

  it('refuses props that configure a new stream with an imported one', () => {
    // Prepare / Act
    const build = () => new KinesisStreamSource({ streamArn: foreignArn('kinesis', 'stream/x'), shardCount: 2 });

    // Assess
    expect(build).toThrow(ConflictingPropsError);
    expect(build).toThrow(/streamArn and shardCount/);
  });
});

describe('KinesisStreamSource alarms', () => {
  it("alarms on the function's maximum IteratorAge above an hour", () => {
    // Prepare / Act
    const { template, fn } = synthKinesis();

    // Assess
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'IteratorAge',
      Statistic: 'Maximum',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalIdOf(fn.lambdaFunction) } }],
      Threshold: 3_600_000,
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });

  it('takes the IteratorAge threshold from the props', () => {
    // Prepare / Act
    const { template } = synthKinesis({ iteratorAgeAlarmThreshold: Duration.minutes(5) });

    // Assess
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'IteratorAge', Threshold: 300_000 });
  });
});
