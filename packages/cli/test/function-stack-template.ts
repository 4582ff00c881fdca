import {
  type AwsContext,
  composeRole,
  logGroupArn,
  type PolicyStatement,
  type ResourceRef,
  type RoleSpec,
  roleSpecFor,
  type SinkKind,
} from '@lambda-blueprints/role-templates';
import {
  type CloudFormationResource,
  type CloudFormationTemplate,
  FAKE_AWS_ENVIRONMENT,
  fakeArnOf,
} from '@lambda-blueprints/testing';

export interface FunctionStackOptions {
  /** @default 'sqs' */
  source?: 'sqs' | 'kinesis' | 'dynamodb-streams';
  /** Services the code writes to: one table, queue or stream each, and its template on `sink:<id>`. */
  sinks?: { id: string; kind: SinkKind }[];
  /** The role's templates; @default roleSpecFor(source, the options below), as BlueprintFunction derives it. */
  role?: RoleSpec;
  /** Statements added by hand to the role's inline policy. */
  extraStatements?: PolicyStatement[];
  /** ManagedPolicyArns of the role. */
  managedPolicyArns?: string[];
  tracing?: boolean;
  vpc?: boolean;
  /** A customer managed key ARN on the source. */
  sourceKeyArn?: string;
  /** The mapping reads this ARN of a source outside the stack instead of one the stack creates. */
  importedSourceArn?: string;
}

export const FUNCTION_NAME = 'orders';
export const FUNCTION_ID = 'OrdersFunction';
export const ROLE_ID = 'OrdersFunctionRole';

const context: AwsContext = {
  partition: FAKE_AWS_ENVIRONMENT.partition,
  region: FAKE_AWS_ENVIRONMENT.region,
  account: FAKE_AWS_ENVIRONMENT.accountId,
};

const sinkResources: Readonly<Record<SinkKind, (id: string) => CloudFormationResource>> = {
  'dynamodb-write': (id) => ({ Type: 'AWS::DynamoDB::Table', Properties: { TableName: id } }),
  'sqs-send': (id) => ({ Type: 'AWS::SQS::Queue', Properties: { QueueName: id } }),
  'kinesis-put': (id) => ({ Type: 'AWS::Kinesis::Stream', Properties: { Name: id } }),
};

const sinkLogicalId = (id: string): string => `Sink${id.charAt(0).toUpperCase()}${id.slice(1)}`;

function sourceResource(options: FunctionStackOptions): { resource: CloudFormationResource; arnAttribute: string } {
  const source = options.source ?? 'sqs';
  if (source === 'sqs') {
    const properties = options.sourceKeyArn === undefined ? {} : { KmsMasterKeyId: options.sourceKeyArn };
    return { resource: { Type: 'AWS::SQS::Queue', Properties: properties }, arnAttribute: 'Arn' };
  }
  if (source === 'kinesis') {
    const encryption = { EncryptionType: 'KMS', KeyId: options.sourceKeyArn ?? 'alias/aws/kinesis' };
    return {
      resource: { Type: 'AWS::Kinesis::Stream', Properties: { StreamEncryption: encryption } },
      arnAttribute: 'Arn',
    };
  }
  const table = {
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    ...(options.sourceKeyArn === undefined
      ? {}
      : { SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: options.sourceKeyArn } }),
  };
  return { resource: { Type: 'AWS::DynamoDB::Table', Properties: table }, arnAttribute: 'StreamArn' };
}

/**
 * A synthesized stack as BlueprintFunction makes it: the source, its on-failure queue (streams), the sinks, the log
 * group, the function, its mapping and its role, whose inline policy is composed from role templates on the fake
 * ARNs of @lambda-blueprints/testing (the values its intrinsics resolve to).
 */
export function functionStackTemplate(options: FunctionStackOptions = {}): CloudFormationTemplate {
  const source = options.source ?? 'sqs';
  const streams = source !== 'sqs';
  const { resource, arnAttribute } = sourceResource(options);
  const resources: Record<string, CloudFormationResource> = {
    Source: resource,
    LogGroup: { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: `/aws/lambda/${FUNCTION_NAME}` } },
  };
  if (streams) resources.OnFailureQueue = { Type: 'AWS::SQS::Queue', Properties: {} };
  for (const sink of options.sinks ?? []) resources[sinkLogicalId(sink.id)] = sinkResources[sink.kind](sink.id);
  const template: CloudFormationTemplate = { Resources: resources };

  const sourceArn = options.importedSourceArn ?? fakeArnOf(template, 'Source', arnAttribute);
  const arns: Partial<Record<ResourceRef, string>> = {
    'log-group': logGroupArn(context, FUNCTION_NAME),
    source: sourceArn,
  };
  if (streams) arns['on-failure'] = fakeArnOf(template, 'OnFailureQueue');
  if (options.sourceKeyArn !== undefined) arns['source-key'] = options.sourceKeyArn;
  for (const sink of options.sinks ?? []) arns[`sink:${sink.id}`] = fakeArnOf(template, sinkLogicalId(sink.id));
  const spec =
    options.role ??
    roleSpecFor(source, {
      tracing: options.tracing,
      vpc: options.vpc,
      sourceKey: options.sourceKeyArn !== undefined,
      onFailure: streams ? 'sqs' : undefined,
      sinks: options.sinks,
    });
  const composed = composeRole(spec, { arns, context });
  const statements = [...composed.policyDocument.Statement, ...(options.extraStatements ?? [])];

  resources[ROLE_ID] = {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      },
      Policies: [{ PolicyName: 'RoleTemplates', PolicyDocument: { Version: '2012-10-17', Statement: statements } }],
      ...(options.managedPolicyArns === undefined ? {} : { ManagedPolicyArns: options.managedPolicyArns }),
    },
  };
  resources[FUNCTION_ID] = {
    Type: 'AWS::Lambda::Function',
    Properties: {
      FunctionName: FUNCTION_NAME,
      Handler: 'handler.handler',
      Runtime: 'nodejs24.x',
      Role: { 'Fn::GetAtt': [ROLE_ID, 'Arn'] },
      LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: 'LogGroup' } },
      ...(options.tracing ? { TracingConfig: { Mode: 'Active' } } : {}),
      ...(options.vpc ? { VpcConfig: { SubnetIds: ['subnet-0a1b'], SecurityGroupIds: ['sg-0a1b'] } } : {}),
    },
  };
  resources.Mapping = {
    Type: 'AWS::Lambda::EventSourceMapping',
    Properties: {
      FunctionName: { Ref: FUNCTION_ID },
      EventSourceArn: options.importedSourceArn ?? { 'Fn::GetAtt': ['Source', arnAttribute] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ...(streams
        ? {
            StartingPosition: 'TRIM_HORIZON',
            DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': ['OnFailureQueue', 'Arn'] } } },
          }
        : {}),
    },
  };
  return template;
}
