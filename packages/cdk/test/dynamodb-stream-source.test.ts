import { Duration } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { AttributeType } from 'aws-cdk-lib/aws-dynamodb';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { describe, expect, it } from 'vitest';
import {
  ConflictingPropsError,
  DynamoDbStreamSource,
  type DynamoDbStreamSourceProps,
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

// The stream permissions the Lambda guide lists for a DynamoDB Streams source, without the account-wide ListStreams.
const READ_ACTIONS = ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'];
const KEY_ARN = foreignArn('kms', 'key/1234abcd-12ab-34cd-56ef-1234567890ab');

const fixture = useSynthFixture();

function synthDynamoDb(props: DynamoDbStreamSourceProps = {}) {
  const source = new DynamoDbStreamSource(props);
  return { source, ...fixture.synthFunction({ source }) };
}

function tableOf(source: DynamoDbStreamSource) {
  const table = source.table;
  if (table === undefined) throw new Error('The source created no table');
  return table;
}

describe('DynamoDbStreamSource table', () => {
  it('creates an on-demand table with a NEW_AND_OLD_IMAGES stream and point-in-time recovery', () => {
    // Prepare / Act
    const { template } = synthDynamoDb();

    // Assess
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it('uses the given keys', () => {
    // Prepare / Act
    const { template } = synthDynamoDb({
      partitionKey: { name: 'orderId', type: AttributeType.STRING },
      sortKey: { name: 'at', type: AttributeType.NUMBER },
    });

    // Assess
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: 'orderId', KeyType: 'HASH' },
        { AttributeName: 'at', KeyType: 'RANGE' },
      ],
    });
  });

  it('encrypts with an AWS owned key by default and with the AWS managed key when asked', () => {
    // Prepare / Act
    const owned = synthDynamoDb();
    const managed = synthDynamoDb({ encryption: 'aws-managed' });

    // Assess: SSEEnabled false is DynamoDB's encryption at rest with an AWS owned key.
    owned.template.hasResourceProperties('AWS::DynamoDB::Table', { SSESpecification: { SSEEnabled: false } });
    managed.template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: { SSEEnabled: true },
    });
  });

  it('encrypts with a customer managed key and lets the role decrypt with it only', () => {
    // Prepare / Act
    const synthesized = synthDynamoDb({ keyArn: KEY_ARN });
    const role = roleOf(synthesized);

    // Assess
    synthesized.template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: KEY_ARN },
    });
    expect(decisions(role, ['kms:Decrypt'], KEY_ARN)).toEqual({ 'kms:Decrypt': true });
    expect(decisions(role, ['kms:Decrypt'], foreignArn('kms', 'key/other'))).toEqual({ 'kms:Decrypt': false });
  });

  it('refuses keyArn together with an AWS key choice', () => {
    // Prepare / Act
    const build = () => new DynamoDbStreamSource({ keyArn: KEY_ARN, encryption: 'aws-managed' });

    // Assess
    expect(build).toThrow(ConflictingPropsError);
    expect(build).toThrow(/keyArn and encryption/);
  });
});

describe('DynamoDbStreamSource mapping', () => {
  it('maps the table stream with the safe configuration from the trim horizon', () => {
    // Prepare / Act
    const { template, source } = synthDynamoDb();

    // Assess
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(tableOf(source)), 'StreamArn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10,
      MaximumRecordAgeInSeconds: 86_400,
      StartingPosition: 'TRIM_HORIZON',
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
  });

  it('refuses AT_TIMESTAMP, which DynamoDB Streams does not offer', () => {
    // Prepare / Act
    const build = () => new DynamoDbStreamSource({ startingPosition: StartingPosition.AT_TIMESTAMP });

    // Assess
    expect(build).toThrow(UnsupportedOptionError);
    expect(build).toThrow(/cannot start at AT_TIMESTAMP. Use one of TRIM_HORIZON, LATEST/);
  });

  it('refuses out-of-range stream options with the DynamoDB stream rule named', () => {
    // Prepare / Act
    const build = () => new DynamoDbStreamSource({ maxRecordAge: Duration.seconds(30) });

    // Assess
    expect(build).toThrow(OutOfRangeError);
    expect(build).toThrow('maxRecordAge is 30 seconds but must be between 60 and 604800 seconds for a DynamoDB stream');
  });

  it("alarms on the function's IteratorAge", () => {
    // Prepare / Act
    const { template, fn } = synthDynamoDb();

    // Assess
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'IteratorAge',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalIdOf(fn.lambdaFunction) } }],
    });
    expect(fn.alarms).toHaveLength(2);
  });
});

describe('DynamoDbStreamSource role', () => {
  it('allows reading this table stream only and writing nothing to the table', () => {
    // Prepare
    const synthesized = synthDynamoDb();
    const table = tableOf(synthesized.source);
    const streamArn = arnOf(synthesized, table, 'StreamArn');

    // Act
    const role = roleOf(synthesized);

    // Assess
    expect(decisions(role, READ_ACTIONS, streamArn)).toEqual(allAs(READ_ACTIONS, true));
    expect(decisions(role, READ_ACTIONS, foreignArn('dynamodb', 'table/other/stream/2024-01-01T00:00:00.000'))).toEqual(
      allAs(READ_ACTIONS, false),
    );
    expect(decisions(role, ['dynamodb:ListStreams'], '*')).toEqual({ 'dynamodb:ListStreams': true });
    expect(decisions(role, ['dynamodb:PutItem', 'dynamodb:GetItem'], arnOf(synthesized, table))).toEqual(
      allAs(['dynamodb:PutItem', 'dynamodb:GetItem'], false),
    );
  });

  it('holds exactly the statements of the role templates', () => {
    // Prepare
    const synthesized = synthDynamoDb({ onFailure: OnFailureDestination.topic(foreignArn('sns', 'failures')) });

    // Act
    const role = roleOf(synthesized);

    // Assess
    expect(statementSet(role.policyDocuments)).toEqual(statementSet([composedDocumentOf(synthesized)]));
    expect(synthesized.fn.requiredPolicy.templates).toEqual([
      'basic-execution',
      'dynamodb-streams-read',
      'sns-publish',
    ]);
  });
});

describe('DynamoDbStreamSource with an imported table stream', () => {
  const streamArn = foreignArn('dynamodb', 'table/orders/stream/2024-06-01T00:00:00.000');

  it('reads the stream by ARN without creating a table', () => {
    // Prepare / Act
    const synthesized = synthDynamoDb({ tableStreamArn: streamArn, keyArn: KEY_ARN });
    const role = roleOf(synthesized);

    // Assess
    synthesized.template.resourceCountIs('AWS::DynamoDB::Table', 0);
    synthesized.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { EventSourceArn: streamArn });
    expect(decisions(role, READ_ACTIONS, streamArn)).toEqual(allAs(READ_ACTIONS, true));
    expect(decisions(role, ['kms:Decrypt'], KEY_ARN)).toEqual({ 'kms:Decrypt': true });
    expect(synthesized.source.table).toBeUndefined();
  });

  it('refuses props that configure a new table', () => {
    // Prepare / Act
    const build = () =>
      new DynamoDbStreamSource({ tableStreamArn: streamArn, partitionKey: { name: 'id', type: AttributeType.STRING } });

    // Assess
    expect(build).toThrow(ConflictingPropsError);
    expect(build).toThrow(/tableStreamArn and partitionKey/);
  });
});
