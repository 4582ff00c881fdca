import type { CloudFormationTemplate, TableKeyAttribute } from '../../../src/index.js';
import { resource, templateOf } from '../../support/cloudformation-template.js';

/** The function every template maps to. */
export interface FunctionOptions {
  /** Timeout in seconds; left out of the template when absent. */
  timeout?: number;
  environment?: Record<string, unknown>;
}

/** Properties of the AWS::Lambda::EventSourceMapping; each left out of the template when absent. */
export interface MappingOptions extends FunctionOptions {
  batchSize?: number;
  batchingWindow?: number;
  /** @default true */
  reportBatchItemFailures?: boolean;
  /** Filter patterns, as objects (the template holds them as JSON text, as CDK writes them). */
  filters?: readonly unknown[];
}

export interface QueueOptions extends MappingOptions {
  fifo?: boolean;
  visibilityTimeout?: number;
  maxReceiveCount?: number;
  retentionPeriod?: number;
}

export interface StreamOptions extends MappingOptions {
  shardCount?: number;
  bisect?: boolean;
  retries?: number;
  maxRecordAge?: number;
  /** Adds an SQS on-failure destination. */
  onFailure?: boolean;
  parallelization?: number;
  /** DynamoDB: the table's KeySchema (the first attribute is its partition key); left out when absent. */
  tableKey?: readonly TableKeyAttribute[];
  /** DynamoDB: the mapping reads the stream of a table the template does not define, by its ARN. */
  importedStream?: boolean;
}

const defined = (properties: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined));

const functionResource = (options: FunctionOptions) =>
  resource(
    'AWS::Lambda::Function',
    defined({
      FunctionName: 'orders-handler',
      Timeout: options.timeout,
      Environment: options.environment && { Variables: options.environment },
    }),
  );

function mapping(options: MappingOptions, sourceArn: unknown, streamProperties: Record<string, unknown> = {}) {
  const { reportBatchItemFailures = true, filters } = options;
  return resource(
    'AWS::Lambda::EventSourceMapping',
    defined({
      FunctionName: { Ref: 'Handler' },
      EventSourceArn: sourceArn,
      BatchSize: options.batchSize,
      MaximumBatchingWindowInSeconds: options.batchingWindow,
      FunctionResponseTypes: reportBatchItemFailures ? ['ReportBatchItemFailures'] : undefined,
      FilterCriteria: filters && { Filters: filters.map((pattern) => ({ Pattern: JSON.stringify(pattern) })) },
      ...streamProperties,
    }),
  );
}

/** A queue (with a DLQ when maxReceiveCount is given), a function and the mapping between them. */
export function sqsMappingTemplate(options: QueueOptions = {}): CloudFormationTemplate {
  const deadLetterQueue = options.maxReceiveCount !== undefined;
  return templateOf({
    Handler: functionResource(options),
    ...(deadLetterQueue && { DeadLetterQueue: resource('AWS::SQS::Queue', defined({ FifoQueue: options.fifo })) }),
    Queue: resource(
      'AWS::SQS::Queue',
      defined({
        FifoQueue: options.fifo,
        VisibilityTimeout: options.visibilityTimeout,
        MessageRetentionPeriod: options.retentionPeriod,
        RedrivePolicy: deadLetterQueue
          ? {
              deadLetterTargetArn: { 'Fn::GetAtt': ['DeadLetterQueue', 'Arn'] },
              maxReceiveCount: options.maxReceiveCount,
            }
          : undefined,
      }),
    ),
    Mapping: mapping(options, { 'Fn::GetAtt': ['Queue', 'Arn'] }),
  });
}

/** The stream of a table made outside the stack. */
export const IMPORTED_TABLE_STREAM_ARN =
  'arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2024-01-01T00:00:00.000';

/** A table with a NEW_AND_OLD_IMAGES stream, keyed as CDK writes a Table's partitionKey and sortKey. */
function tableProperties(tableKey: readonly TableKeyAttribute[] | undefined) {
  return defined({
    StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    KeySchema: tableKey?.map(({ name }, position) => ({
      AttributeName: name,
      KeyType: position === 0 ? 'HASH' : 'RANGE',
    })),
    AttributeDefinitions: tableKey?.map(({ name, type }) => ({ AttributeName: name, AttributeType: type })),
  });
}

/** A Kinesis stream or a DynamoDB table with a stream, a function and the mapping (optionally an on-failure queue). */
export function streamMappingTemplate(
  source: 'kinesis' | 'dynamodb-streams',
  options: StreamOptions = {},
): CloudFormationTemplate {
  const kinesis = source === 'kinesis';
  return templateOf({
    Handler: functionResource(options),
    ...(!options.importedStream && {
      Source: kinesis
        ? resource('AWS::Kinesis::Stream', defined({ ShardCount: options.shardCount }))
        : resource('AWS::DynamoDB::Table', tableProperties(options.tableKey)),
    }),
    ...(options.onFailure && { OnFailureQueue: resource('AWS::SQS::Queue') }),
    Mapping: mapping(
      options,
      options.importedStream ? IMPORTED_TABLE_STREAM_ARN : { 'Fn::GetAtt': ['Source', kinesis ? 'Arn' : 'StreamArn'] },
      {
        StartingPosition: 'TRIM_HORIZON',
        BisectBatchOnFunctionError: options.bisect,
        MaximumRetryAttempts: options.retries,
        MaximumRecordAgeInSeconds: options.maxRecordAge,
        ParallelizationFactor: options.parallelization,
        DestinationConfig: options.onFailure && {
          OnFailure: { Destination: { 'Fn::GetAtt': ['OnFailureQueue', 'Arn'] } },
        },
      },
    ),
  });
}
