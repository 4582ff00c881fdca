import { FAKE_AWS_ENVIRONMENT } from '../cloudformation/fake-environment.js';

const { partition, region, accountId } = FAKE_AWS_ENVIRONMENT;

/** The sources factory events come from unless told otherwise, in the fake account and region. */
export const DEFAULT_SOURCE_ARNS = {
  queue: `arn:${partition}:sqs:${region}:${accountId}:test-queue`,
  fifoQueue: `arn:${partition}:sqs:${region}:${accountId}:test-queue.fifo`,
  stream: `arn:${partition}:kinesis:${region}:${accountId}:stream/test-stream`,
  tableStream: `arn:${partition}:dynamodb:${region}:${accountId}:table/test-table/stream/2024-01-01T00:00:00.000`,
  /** The execution role Lambda invokes with (a Kinesis record's invokeIdentityArn). */
  functionRole: `arn:${partition}:iam::${accountId}:role/test-function-role`,
} as const;

/** The region an ARN names (its fourth field), as event records carry it in awsRegion. */
export const regionOfArn = (arn: string): string => arn.split(':')[3] || region;
