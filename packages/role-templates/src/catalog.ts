import { UnknownTemplateError } from './errors.js';
import type { RoleTemplate, StatementTarget, TemplateId } from './types.js';

const onTheResource: StatementTarget = { kind: 'entry-arn', suffixes: [''] };
const inTheAccount: StatementTarget = { kind: 'account-resources' };

// The ENI actions Lambda performs to attach a function (or an MSK poller) to a VPC.
const vpcNetworkInterfaceActions = [
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeSubnets',
  'ec2:DeleteNetworkInterface',
  'ec2:AssignPrivateIpAddresses',
  'ec2:UnassignPrivateIpAddresses',
];

/**
 * Every permission set a function's role is made of. The scoped statements name actions only; whether an action goes
 * on the resource or on "*" comes from IAM's service reference (iam-action-facts.generated.json), never from here.
 */
export const catalog: readonly RoleTemplate[] = [
  {
    id: 'basic-execution',
    purpose: 'Write the function logs to its own CloudWatch Logs log group.',
    managedPolicy: 'AWSLambdaBasicExecutionRole',
    on: 'log group',
    impliedBy: 'every function',
    // The log group ARN itself for CreateLogGroup, `:*` for the log streams inside it.
    statements: [
      {
        actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
        target: { kind: 'entry-arn', suffixes: ['', ':*'] },
      },
    ],
  },
  {
    id: 'sqs-poll',
    purpose: 'Receive and delete the messages of the source SQS queue.',
    managedPolicy: 'AWSLambdaSQSQueueExecutionRole',
    on: 'SQS queue',
    impliedBy: 'source: sqs, sqs-fifo',
    statements: [
      { actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], target: onTheResource },
    ],
  },
  {
    id: 'kinesis-read',
    purpose: 'Read the shards of the source Kinesis stream (ListStreams is account-wide).',
    managedPolicy: 'AWSLambdaKinesisExecutionRole',
    on: 'Kinesis stream',
    impliedBy: 'source: kinesis',
    statements: [
      {
        actions: [
          'kinesis:DescribeStream',
          'kinesis:DescribeStreamSummary',
          'kinesis:GetRecords',
          'kinesis:GetShardIterator',
          'kinesis:ListShards',
          'kinesis:ListStreams',
        ],
        target: onTheResource,
      },
    ],
  },
  {
    id: 'kinesis-fan-out',
    // DescribeStreamConsumer is not in AWSLambdaKinesisExecutionRole, yet Lambda calls it for an enhanced fan-out
    // consumer: the one documented action where scoped grants more than the managed policy.
    purpose: 'Subscribe to the shards through an enhanced fan-out consumer (adds DescribeStreamConsumer).',
    managedPolicy: 'AWSLambdaKinesisExecutionRole',
    on: 'Kinesis stream consumer',
    impliedBy: 'consumer',
    statements: [{ actions: ['kinesis:SubscribeToShard', 'kinesis:DescribeStreamConsumer'], target: onTheResource }],
  },
  {
    id: 'dynamodb-streams-read',
    purpose: 'Read the source DynamoDB stream (ListStreams is account-wide).',
    managedPolicy: 'AWSLambdaDynamoDBExecutionRole',
    on: 'DynamoDB stream',
    impliedBy: 'source: dynamodb-streams',
    statements: [
      {
        actions: [
          'dynamodb:DescribeStream',
          'dynamodb:GetRecords',
          'dynamodb:GetShardIterator',
          'dynamodb:ListStreams',
        ],
        target: onTheResource,
      },
    ],
  },
  {
    id: 'msk-read',
    purpose: 'Describe the source MSK cluster and attach the poller to its VPC.',
    managedPolicy: 'AWSLambdaMSKExecutionRole',
    on: 'MSK cluster',
    impliedBy: 'source: msk',
    statements: [
      {
        actions: ['kafka:DescribeCluster', 'kafka:DescribeClusterV2', 'kafka:GetBootstrapBrokers'],
        target: onTheResource,
      },
      {
        actions: [
          'ec2:CreateNetworkInterface',
          'ec2:DescribeNetworkInterfaces',
          'ec2:DescribeVpcs',
          'ec2:DeleteNetworkInterface',
          'ec2:DescribeSubnets',
          'ec2:DescribeSecurityGroups',
        ],
        target: inTheAccount,
      },
    ],
  },
  {
    id: 'vpc-access',
    purpose:
      "Create and delete the network interfaces that connect the function to its VPC, in the function's account.",
    managedPolicy: 'AWSLambdaVPCAccessExecutionRole',
    on: null,
    impliedBy: 'vpc',
    statements: [{ actions: vpcNetworkInterfaceActions, target: inTheAccount }],
  },
  {
    id: 'xray-write',
    // The sampling reads are what the X-Ray SDK (and Powertools Tracer) inside the function calls for centralised
    // sampling; the console-only GetSamplingStatisticSummaries is left out.
    purpose: 'Send trace segments to X-Ray and read its sampling rules.',
    managedPolicy: 'AWSXrayWriteOnlyAccess',
    on: null,
    impliedBy: 'tracing',
    statements: [
      {
        actions: [
          'xray:PutTraceSegments',
          'xray:PutTelemetryRecords',
          'xray:GetSamplingRules',
          'xray:GetSamplingTargets',
        ],
        target: inTheAccount,
      },
    ],
  },
  {
    id: 'kms-decrypt',
    purpose: 'Decrypt the source records encrypted with a customer managed KMS key.',
    managedPolicy: null,
    on: 'KMS key',
    impliedBy: 'sourceKey',
    statements: [{ actions: ['kms:Decrypt'], target: onTheResource }],
  },
  {
    id: 'kms-encrypt',
    purpose: 'Encrypt what is sent to the on-failure destination with its customer managed KMS key.',
    managedPolicy: null,
    on: 'KMS key',
    impliedBy: 'onFailureKey',
    statements: [{ actions: ['kms:GenerateDataKey', 'kms:Decrypt'], target: onTheResource }],
  },
  {
    id: 'sqs-send',
    purpose: 'Send messages to an SQS queue.',
    managedPolicy: null,
    on: 'SQS queue',
    impliedBy: 'onFailure: sqs, or a sink of kind sqs-send',
    statements: [{ actions: ['sqs:SendMessage'], target: onTheResource }],
  },
  {
    id: 'sns-publish',
    purpose: 'Publish messages to an SNS topic.',
    managedPolicy: null,
    on: 'SNS topic',
    impliedBy: 'onFailure: sns',
    statements: [{ actions: ['sns:Publish'], target: onTheResource }],
  },
  {
    id: 's3-put',
    purpose: 'Write objects into an S3 bucket.',
    managedPolicy: null,
    on: 'S3 bucket',
    impliedBy: 'onFailure: s3',
    statements: [
      { actions: ['s3:PutObject'], target: { kind: 'entry-arn', suffixes: ['/*'] } },
      { actions: ['s3:ListBucket'], target: onTheResource },
    ],
  },
  {
    id: 'dynamodb-write',
    purpose: 'Put items into a DynamoDB table.',
    managedPolicy: null,
    on: 'DynamoDB table',
    impliedBy: 'a sink of kind dynamodb-write',
    statements: [{ actions: ['dynamodb:PutItem'], target: onTheResource }],
  },
  {
    id: 'kinesis-put',
    purpose: 'Put records into a Kinesis stream.',
    managedPolicy: null,
    on: 'Kinesis stream',
    impliedBy: 'a sink of kind kinesis-put',
    statements: [{ actions: ['kinesis:PutRecord', 'kinesis:PutRecords'], target: onTheResource }],
  },
];

/** The ids of every template, in catalog order. */
export const templateIds: readonly TemplateId[] = catalog.map((template) => template.id);

const templatesById = new Map<string, RoleTemplate>(catalog.map((template) => [template.id, template]));

/** The template with this id; throws UnknownTemplateError (listing the valid ids) for any other string. */
export function getTemplate(id: string): RoleTemplate {
  const template = templatesById.get(id);
  if (template === undefined) throw new UnknownTemplateError(id, templateIds);
  return template;
}

/** Every action some template of the catalog names, sorted and without duplicates. */
export function catalogActions(): string[] {
  const actions = catalog.flatMap((template) => template.statements.flatMap((statement) => statement.actions));
  return [...new Set(actions)].sort();
}
