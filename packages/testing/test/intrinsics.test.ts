import { describe, expect, it } from 'vitest';
import {
  FAKE_AWS_ENVIRONMENT,
  fakeArnOf,
  fakeRefOf,
  LogicalIdNotFoundError,
  MalformedIntrinsicError,
  resolveIntrinsics,
  UnknownAttributeError,
  UnsupportedIntrinsicError,
} from '../src/index.js';
import { resource, templateOf } from './support/cloudformation-template.js';

const { partition, region, accountId } = FAKE_AWS_ENVIRONMENT;

describe('resolveIntrinsics', () => {
  it('resolves the pseudo parameters to the fake environment', () => {
    // Prepare
    const template = templateOf({});
    const value = ['AWS::Partition', 'AWS::Region', 'AWS::AccountId', 'AWS::URLSuffix'].map((Ref) => ({ Ref }));

    // Act
    const resolved = resolveIntrinsics(template, value);

    // Assess
    expect(resolved).toEqual(['aws', 'us-east-1', '123456789012', 'amazonaws.com']);
  });

  it('resolves a queue Ref to its URL and its Arn attribute to its ARN', () => {
    // Prepare
    const template = templateOf({ Queue: resource('AWS::SQS::Queue') });

    // Act
    const resolved = resolveIntrinsics(template, [{ Ref: 'Queue' }, { 'Fn::GetAtt': ['Queue', 'Arn'] }]);

    // Assess
    expect(resolved).toEqual([
      `https://sqs.${region}.amazonaws.com/${accountId}/Queue`,
      `arn:${partition}:sqs:${region}:${accountId}:Queue`,
    ]);
  });

  it('names a resource after its explicit name property when the template sets one', () => {
    // Prepare
    const template = templateOf({
      Queue: resource('AWS::SQS::Queue', { QueueName: { 'Fn::Join': ['-', ['orders', { Ref: 'AWS::Region' }]] } }),
    });

    // Act
    const arn = fakeArnOf(template, 'Queue');

    // Assess
    expect(arn).toBe(`arn:aws:sqs:us-east-1:123456789012:orders-us-east-1`);
  });

  it('gives a generated FIFO queue name the .fifo suffix', () => {
    // Prepare
    const template = templateOf({ Orders: resource('AWS::SQS::Queue', { FifoQueue: true }) });

    // Act
    const arn = fakeArnOf(template, 'Orders');

    // Assess
    expect(arn).toBe('arn:aws:sqs:us-east-1:123456789012:Orders.fifo');
  });

  it.each([
    ['AWS::Kinesis::Stream', 'Arn', 'arn:aws:kinesis:us-east-1:123456789012:stream/Res'],
    ['AWS::DynamoDB::Table', 'Arn', 'arn:aws:dynamodb:us-east-1:123456789012:table/Res'],
    [
      'AWS::DynamoDB::Table',
      'StreamArn',
      'arn:aws:dynamodb:us-east-1:123456789012:table/Res/stream/2024-01-01T00:00:00.000',
    ],
    ['AWS::SNS::Topic', 'TopicArn', 'arn:aws:sns:us-east-1:123456789012:Res'],
    ['AWS::S3::Bucket', 'Arn', 'arn:aws:s3:::res'],
    ['AWS::Logs::LogGroup', 'Arn', 'arn:aws:logs:us-east-1:123456789012:log-group:Res:*'],
    ['AWS::Lambda::Function', 'Arn', 'arn:aws:lambda:us-east-1:123456789012:function:Res'],
    ['AWS::IAM::Role', 'Arn', 'arn:aws:iam::123456789012:role/Res'],
  ])('resolves Fn::GetAtt of a %s %s attribute', (type, attribute, expected) => {
    // Prepare
    const template = templateOf({ Res: resource(type) });

    // Act
    const resolved = resolveIntrinsics(template, { 'Fn::GetAtt': `Res.${attribute}` });

    // Assess
    expect(resolved).toBe(expected);
  });

  it('resolves an SNS topic Ref to its ARN', () => {
    // Prepare
    const template = templateOf({ Topic: resource('AWS::SNS::Topic', { TopicName: 'alerts' }) });

    // Act
    const resolved = resolveIntrinsics(template, { Ref: 'Topic' });

    // Assess
    expect(resolved).toBe('arn:aws:sns:us-east-1:123456789012:alerts');
  });

  it('gives a KMS key a UUID key id that its ARN ends with, the same on every call', () => {
    // Prepare
    const template = templateOf({ Key: resource('AWS::KMS::Key') });

    // Act
    const keyId = fakeRefOf(template, 'Key');
    const arn = fakeArnOf(template, 'Key');

    // Assess
    expect(keyId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(arn).toBe(`arn:aws:kms:us-east-1:123456789012:key/${keyId}`);
    expect(fakeRefOf(template, 'Key')).toBe(keyId);
  });

  it('builds a stream consumer ARN from the ARN of its stream', () => {
    // Prepare
    const template = templateOf({
      Stream: resource('AWS::Kinesis::Stream', { Name: 'events' }),
      Consumer: resource('AWS::Kinesis::StreamConsumer', {
        ConsumerName: 'reader',
        StreamARN: { 'Fn::GetAtt': ['Stream', 'Arn'] },
      }),
    });

    // Act
    const consumerArn = resolveIntrinsics(template, { 'Fn::GetAtt': ['Consumer', 'ConsumerARN'] });

    // Assess
    expect(consumerArn).toBe(`${fakeArnOf(template, 'Stream')}/consumer/reader:1704067200`);
    expect(fakeArnOf(template, 'Consumer')).toBe(consumerArn);
  });

  it('substitutes pseudo parameters, Refs, attributes and its own variables in Fn::Sub', () => {
    // Prepare
    const template = templateOf({ Table: resource('AWS::DynamoDB::Table', { TableName: 'orders' }) });
    const value = {
      'Fn::Sub': [
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation Fn::Sub string
        'arn:${AWS::Partition}:x:${Table}:${Table.Arn}:${Suffix}:${!Literal}',
        { Suffix: { 'Fn::Select': [1, { 'Fn::Split': ['/', 'a/b/c'] }] } },
      ],
    };

    // Act
    const resolved = resolveIntrinsics(template, value);

    // Assess
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation Fn::Sub string
    expect(resolved).toBe('arn:aws:x:orders:arn:aws:dynamodb:us-east-1:123456789012:table/orders:b:${Literal}');
  });

  it('resolves the string form of Fn::Sub', () => {
    // Prepare
    const template = templateOf({});

    // Act
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation Fn::Sub string
    const resolved = resolveIntrinsics(template, { 'Fn::Sub': 'arn:${AWS::Partition}:logs:${AWS::Region}' });

    // Assess
    expect(resolved).toBe('arn:aws:logs:us-east-1');
  });

  it('resolves a Ref to a parameter to its Default', () => {
    // Prepare
    const template = templateOf({}, { Stage: { Type: 'String', Default: 'prod' } });

    // Act
    const resolved = resolveIntrinsics(template, { Ref: 'Stage' });

    // Assess
    expect(resolved).toBe('prod');
  });

  it('leaves keys that are not intrinsics, such as Condition, in place and resolves their values', () => {
    // Prepare
    const template = templateOf({});
    const value = { Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } } };

    // Act
    const resolved = resolveIntrinsics(template, value);

    // Assess
    expect(resolved).toEqual({ Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } });
  });

  it('refuses Fn::ImportValue, naming where it is', () => {
    // Prepare
    const template = templateOf({});

    // Act
    const act = () => resolveIntrinsics(template, { Arn: { 'Fn::ImportValue': 'Shared-QueueArn' } }, 'policy');

    // Assess
    expect(act).toThrow(UnsupportedIntrinsicError);
    expect(act).toThrow(/Fn::ImportValue at policy\.Arn/);
  });

  it('refuses an intrinsic it does not implement', () => {
    // Prepare
    const template = templateOf({});

    // Act
    const act = () => resolveIntrinsics(template, { 'Fn::If': ['IsProd', 'a', 'b'] });

    // Assess
    expect(act).toThrow(UnsupportedIntrinsicError);
  });

  it('refuses a Ref to a parameter without a Default', () => {
    // Prepare
    const template = templateOf({}, { QueueArn: { Type: 'String' } });

    // Act
    const act = () => resolveIntrinsics(template, { Ref: 'QueueArn' });

    // Assess
    expect(act).toThrow(/no Default/);
  });

  it('names the missing logical id of a Ref', () => {
    // Prepare
    const template = templateOf({});

    // Act
    const act = () => resolveIntrinsics(template, { Ref: 'Missing' });

    // Assess
    expect(act).toThrow(LogicalIdNotFoundError);
    expect(act).toThrow(/"Missing"/);
  });

  it('lists the known attributes when Fn::GetAtt asks for another one', () => {
    // Prepare
    const template = templateOf({ Queue: resource('AWS::SQS::Queue') });

    // Act
    const act = () => resolveIntrinsics(template, { 'Fn::GetAtt': ['Queue', 'StreamArn'] });

    // Assess
    expect(act).toThrow(UnknownAttributeError);
    expect(act).toThrow(/Arn, QueueName, QueueUrl/);
  });

  it('reports a Fn::Select index out of range', () => {
    // Prepare
    const template = templateOf({});

    // Act
    const act = () => resolveIntrinsics(template, { 'Fn::Select': [3, ['a', 'b']] });

    // Assess
    expect(act).toThrow(MalformedIntrinsicError);
  });

  it('reports resources whose names refer to each other instead of looping', () => {
    // Prepare
    const template = templateOf({
      A: resource('AWS::SQS::Queue', { QueueName: { Ref: 'B' } }),
      B: resource('AWS::SQS::Queue', { QueueName: { 'Fn::GetAtt': ['A', 'QueueName'] } }),
    });

    // Act
    const act = () => fakeRefOf(template, 'A');

    // Assess
    expect(act).toThrow(/circular/);
  });
});
