import { join } from 'node:path';
import { roleSpecFor } from '@lambda-blueprints/role-templates';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { ApplicationLogLevel } from 'aws-cdk-lib/aws-lambda';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import {
  ConflictingPropsError,
  ConflictingSinkError,
  EventSourceBindingError,
  KinesisStreamSource,
  MissingBundleError,
  OutOfRangeError,
  type Sink,
  SqsQueueSource,
  UnresolvedResourceRefError,
} from '../src/index.js';
import {
  allAs,
  composedDocumentOf,
  decisions,
  foreignArn,
  logGroupArnOf,
  roleOf,
  statementSet,
} from './support/role-under-test.js';
import { logicalIdOf, useSynthFixture } from './support/synth-fixture.js';

const LOG_ACTIONS = ['logs:CreateLogStream', 'logs:PutLogEvents'];
const XRAY_ACTIONS = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'];
const ENI_ACTIONS = ['ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface', 'ec2:DescribeNetworkInterfaces'];
const EXISTING_ROLE_ARN = 'arn:aws:iam::123456789012:role/orders-consumer';

const fixture = useSynthFixture();

/** A sink factory: a DynamoDB table the code writes to, with the variable that names it. */
function tableSink(overrides: Partial<Sink> = {}): Sink {
  return {
    id: 'orders',
    kind: 'dynamodb-write',
    arn: foreignArn('dynamodb', 'table/orders'),
    environment: { ORDERS_TABLE: 'orders' },
    ...overrides,
  };
}

/** A VPC in the test stack, with private subnets, as users pass one. */
function vpcIn(stack: Construct): ec2.IVpc {
  return ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
    vpcId: 'vpc-0123456789abcdef0',
    availabilityZones: ['us-east-1a'],
    privateSubnetIds: ['subnet-0123456789abcdef0'],
  });
}

describe('BlueprintFunction function', () => {
  it('runs handler.handler on Node.js 24 arm64 with JSON logs at INFO and system logs at WARN', () => {
    // Prepare / Act
    const { template } = fixture.synthFunction();

    // Assess
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'handler.handler',
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      LoggingConfig: Match.objectLike({ LogFormat: 'JSON', ApplicationLogLevel: 'INFO', SystemLogLevel: 'WARN' }),
      Timeout: 30,
      MemorySize: 256,
      TracingConfig: Match.absent(),
      VpcConfig: Match.absent(),
    });
  });

  it('takes timeout, memory, log level, name and environment from the props', () => {
    // Prepare / Act
    const { template } = fixture.synthFunction({
      functionName: 'orders-consumer',
      timeout: Duration.seconds(60),
      memorySize: 1024,
      logLevel: ApplicationLogLevel.DEBUG,
      environment: { STAGE: 'test' },
    });

    // Assess
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'orders-consumer',
      Timeout: 60,
      MemorySize: 1024,
      LoggingConfig: Match.objectLike({ ApplicationLogLevel: 'DEBUG' }),
      Environment: { Variables: { STAGE: 'test' } },
    });
  });

  it('writes to its own log group /aws/lambda/<name>, kept a month and retained on delete', () => {
    // Prepare / Act
    const { template, fn } = fixture.synthFunction({ functionName: 'orders-consumer' });

    // Assess
    template.hasResource('AWS::Logs::LogGroup', {
      Properties: { LogGroupName: '/aws/lambda/orders-consumer', RetentionInDays: 30 },
      DeletionPolicy: 'Retain',
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: Match.objectLike({ LogGroup: { Ref: logicalIdOf(fn.logGroup) } }),
    });
  });

  it('takes log retention and removal policy from the props', () => {
    // Prepare / Act
    const { template } = fixture.synthFunction({
      logRetention: RetentionDays.ONE_WEEK,
      logRemovalPolicy: RemovalPolicy.DESTROY,
    });

    // Assess
    template.hasResource('AWS::Logs::LogGroup', { Properties: { RetentionInDays: 7 }, DeletionPolicy: 'Delete' });
  });

  it('names itself from the construct path when no name is given', () => {
    // Prepare / Act
    const { template, fn } = fixture.synthFunction();

    // Assess
    expect(fn.functionName).toMatch(/^TestStack-Fn-[0-9A-F]{8}$/);
    template.hasResourceProperties('AWS::Logs::LogGroup', { LogGroupName: `/aws/lambda/${fn.functionName}` });
  });

  it('puts the alarm actions on every alarm', () => {
    // Prepare / Act
    const { template, fn } = fixture.synthFunction((stack) => ({
      source: new KinesisStreamSource(),
      alarmActions: [
        new cloudwatchActions.SnsAction(sns.Topic.fromTopicArn(stack, 'Pager', foreignArn('sns', 'pager'))),
      ],
    }));

    // Assess
    expect(fn.alarms).toHaveLength(2);
    template.resourcePropertiesCountIs('AWS::CloudWatch::Alarm', { AlarmActions: [foreignArn('sns', 'pager')] }, 2);
  });
});

describe('BlueprintFunction role', () => {
  it('allows writing logs to its own log group only', () => {
    // Prepare
    const synthesized = fixture.synthFunction();
    const ownStream = `${logGroupArnOf(synthesized)}:log-stream:2024/01/01/[$LATEST]abc`;

    // Act
    const role = roleOf(synthesized);

    // Assess
    expect(decisions(role, LOG_ACTIONS, ownStream)).toEqual(allAs(LOG_ACTIONS, true));
    expect(decisions(role, LOG_ACTIONS, foreignArn('logs', 'log-group:/aws/lambda/other:log-stream:x'))).toEqual(
      allAs(LOG_ACTIONS, false),
    );
  });

  it('attaches exactly the managed policy ARNs in managed mode', () => {
    // Prepare / Act
    const synthesized = fixture.synthFunction({ roleMode: 'managed', tracing: true });
    const role = roleOf(synthesized);

    // Assess
    expect([...role.managedPolicyArns].sort()).toEqual([
      'arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess',
      'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      'arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole',
    ]);
    expect(statementSet(role.policyDocuments)).toEqual(statementSet([composedDocumentOf(synthesized)]));
  });

  it('creates no role with existingRoleArn and tells what that role must hold', () => {
    // Prepare / Act
    const { template, fn, stack } = fixture.synthFunction({ existingRoleArn: EXISTING_ROLE_ARN });

    // Assess
    template.resourceCountIs('AWS::IAM::Role', 0);
    template.resourceCountIs('AWS::IAM::Policy', 0);
    template.hasResourceProperties('AWS::Lambda::Function', { Role: EXISTING_ROLE_ARN });
    expect(fn.createdRole).toBeUndefined();
    expect(fn.requiredPolicy.templates).toEqual(['basic-execution', 'sqs-poll']);
    expect(JSON.stringify(stack.resolve(fn.requiredPolicy.policyDocument))).toContain('sqs:ReceiveMessage');
  });

  it('adds xray-write for tracing, and none of the statements aws-cdk-lib adds on its own', () => {
    // Prepare / Act
    const synthesized = fixture.synthFunction({ tracing: true });
    const role = roleOf(synthesized);

    // Assess
    synthesized.template.hasResourceProperties('AWS::Lambda::Function', { TracingConfig: { Mode: 'Active' } });
    expect(decisions(role, XRAY_ACTIONS, '*')).toEqual(allAs(XRAY_ACTIONS, true));
    expect(synthesized.fn.roleSpec).toContainEqual({ template: 'xray-write' });
    synthesized.template.resourceCountIs('AWS::IAM::Policy', 0);
    expect(role.policyDocuments).toHaveLength(1);
    expect(statementSet(role.policyDocuments)).toEqual(statementSet([composedDocumentOf(synthesized)]));
  });

  it('adds vpc-access for a VPC instead of the managed policy aws-cdk-lib would attach', () => {
    // Prepare / Act
    const synthesized = fixture.synthFunction((stack) => ({ vpc: vpcIn(stack) }));
    const role = roleOf(synthesized);

    // Assess
    synthesized.template.hasResourceProperties('AWS::Lambda::Function', {
      VpcConfig: Match.objectLike({ SubnetIds: ['subnet-0123456789abcdef0'] }),
    });
    expect(synthesized.fn.roleSpec).toContainEqual({ template: 'vpc-access' });
    expect(role.managedPolicyArns).toEqual([]);
    expect(decisions(role, ENI_ACTIONS, foreignArn('ec2', 'network-interface/eni-0123456789abcdef0'))).toEqual(
      allAs(ENI_ACTIONS, true),
    );
    expect(decisions(role, ['ec2:CreateNetworkInterface'], 'arn:aws:ec2:eu-west-1:999999999999:subnet/x')).toEqual({
      'ec2:CreateNetworkInterface': false,
    });
  });

  it('grants each sink its template and passes its environment variables', () => {
    // Prepare
    const sinks = [tableSink(), { id: 'audit', kind: 'sqs-send' as const, arn: foreignArn('sqs', 'audit') }];

    // Act
    const synthesized = fixture.synthFunction({ sinks, environment: { STAGE: 'test' } });
    const role = roleOf(synthesized);

    // Assess
    synthesized.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { STAGE: 'test', ORDERS_TABLE: 'orders' } },
    });
    expect(decisions(role, ['dynamodb:PutItem'], foreignArn('dynamodb', 'table/orders'))).toEqual({
      'dynamodb:PutItem': true,
    });
    expect(decisions(role, ['dynamodb:DeleteItem'], foreignArn('dynamodb', 'table/orders'))).toEqual({
      'dynamodb:DeleteItem': false,
    });
    expect(decisions(role, ['sqs:SendMessage'], foreignArn('sqs', 'audit'))).toEqual({ 'sqs:SendMessage': true });
    expect(decisions(role, ['dynamodb:PutItem'], foreignArn('dynamodb', 'table/other'))).toEqual({
      'dynamodb:PutItem': false,
    });
  });

  it('applies a hand-written role spec instead of the derived one', () => {
    // Prepare
    const spec = [...roleSpecFor('sqs'), { template: 'sqs-send' as const, on: 'sink:orders' as const }];

    // Act
    const synthesized = fixture.synthFunction({ role: spec, sinks: [tableSink({ kind: 'sqs-send' })] });

    // Assess
    expect(synthesized.fn.roleSpec).toEqual(spec);
    expect(decisions(roleOf(synthesized), ['sqs:SendMessage'], foreignArn('dynamodb', 'table/orders'))).toEqual({
      'sqs:SendMessage': true,
    });
  });

  it('warns at synth when a hand-written role lacks a template the props imply', () => {
    // Prepare / Act
    const { stack } = fixture.synthFunction({ role: roleSpecFor('sqs'), tracing: true });

    // Assess
    Annotations.fromStack(stack).hasWarning('/TestStack/Fn', Match.stringLikeRegexp('role prop lacks xray-write'));
  });

  it('refuses a role entry on a resource the function does not have, naming it', () => {
    // Prepare
    const role = [...roleSpecFor('sqs'), { template: 'kms-decrypt' as const, on: 'source-key' as const }];

    // Act
    const build = () => fixture.newFunction({ role });

    // Assess
    expect(build).toThrow(UnresolvedResourceRefError);
    expect(build).toThrow(/"kms-decrypt" applies to "source-key", but this function has no resource "source-key"/);
  });
});

describe('BlueprintFunction validation', () => {
  it.each([
    ['timeout', { timeout: Duration.seconds(901) }, 'timeout is 901 seconds but must be between 1 and 900 seconds'],
    ['memorySize', { memorySize: 64 }, 'memorySize is 64 MB but must be between 128 and 10240 MB'],
  ])('refuses %s out of range', (_prop, props, message) => {
    // Prepare / Act
    const build = () => fixture.newFunction(props);

    // Assess
    expect(build).toThrow(OutOfRangeError);
    expect(build).toThrow(message);
  });

  it('refuses a code directory without handler.mjs, saying to build first', () => {
    // Prepare
    const codeDirectory = join(fixture.root, 'never-built');

    // Act
    const build = () => fixture.newFunction({ codeDirectory });

    // Assess
    expect(build).toThrow(MissingBundleError);
    expect(build).toThrow(/holds none of handler.mjs. Run the package's build/);
  });

  it('refuses subnets or security groups without a VPC', () => {
    // Prepare / Act
    const build = () => fixture.newFunction({ vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } });

    // Assess
    expect(build).toThrow(ConflictingPropsError);
    expect(build).toThrow(/vpcSubnets and vpc: vpcSubnets place the function in a VPC, but vpc is not set/);
  });

  it('refuses two sinks with the same id', () => {
    // Prepare / Act
    const build = () => fixture.newFunction({ sinks: [tableSink(), tableSink({ environment: {} })] });

    // Assess
    expect(build).toThrow(ConflictingSinkError);
    expect(build).toThrow(/Two sinks have the id "orders"/);
  });

  it('refuses a sink variable that the environment sets to another value', () => {
    // Prepare / Act
    const build = () => fixture.newFunction({ sinks: [tableSink()], environment: { ORDERS_TABLE: 'legacy' } });

    // Assess
    expect(build).toThrow(ConflictingSinkError);
    expect(build).toThrow(/ORDERS_TABLE is "legacy" but sink "orders" sets it to "orders"/);
  });

  it('refuses to give one source to two functions', () => {
    // Prepare
    const source = new SqsQueueSource();
    const stack = fixture.newStack();
    fixture.newFunction({ source }, stack);

    // Act
    const build = () => fixture.newFunction({ source });

    // Assess
    expect(build).toThrow(EventSourceBindingError);
    expect(build).toThrow(/already the source of a BlueprintFunction/);
  });

  it('tells when a source is read before it is bound', () => {
    // Prepare
    const source = new SqsQueueSource();

    // Act
    const read = () => source.queue;

    // Assess
    expect(read).toThrow(EventSourceBindingError);
    expect(read).toThrow(/SqsQueueSource.queue was read before the source was bound/);
  });
});
