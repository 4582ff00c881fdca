import type { Sink } from '@lambda-blueprints/cdk';
import type { RoleMode } from '@lambda-blueprints/role-templates';

/** A new stream made by the stack, encrypted with the AWS managed key alias/aws/kinesis (or `keyArn`). */
export interface NewStreamSettings {
  /** Shards in provisioned capacity mode; undefined: on-demand capacity mode. */
  shardCount: number | undefined;
  /** How long the stream keeps a record (24-8,760 hours): past it, unread records are gone. */
  retentionHours: number;
}

/** The stream the function reads and how Lambda batches and retries its records. */
export interface StreamSettings {
  /** Read this existing stream (`arn:<partition>:kinesis:<region>:<account>:stream/<name>`) instead of creating one. */
  streamArn: string | undefined;
  /** The stream the stack creates when `streamArn` is undefined (unused with `streamArn`). */
  newStream: NewStreamSettings;
  /** Records per invocation (1-10,000). */
  batchSize: number;
  /** How long Lambda gathers records before invoking (0-300 seconds; 0 = no window). */
  maxBatchingWindowSeconds: number;
  /** Retries of a failing batch before its description goes to the on-failure queue (0-10,000). */
  retryAttempts: number;
  /** Records older than this go to the on-failure queue unprocessed (60-604,800 seconds). */
  maxRecordAgeSeconds: number;
  /**
   * Read through an enhanced fan-out consumer (2 MB/s per shard of its own). With it, add
   * `{ template: 'kinesis-fan-out', on: 'consumer' }` to infra/role.ts.
   */
  enhancedFanOut: boolean;
  /**
   * ARN of the customer managed KMS key that encrypts the stream (new or existing). With a key, add
   * `{ template: 'kms-decrypt', on: 'source-key' }` to infra/role.ts. Undefined: the AWS managed key.
   */
  keyArn: string | undefined;
}

/** Where the function runs in a VPC: the subnets are used as given (no lookup, so synth needs no credentials). */
export interface VpcPlacement {
  vpcId: string;
  availabilityZones: string[];
  privateSubnetIds: string[];
  /** Security groups of the function; none given: a new group allowing all outbound traffic. */
  securityGroupIds?: string[];
}

/** Every setting of the function and its source: infra/config.ts holds one of these. */
export interface KinesisFunctionConfig {
  /** The CloudFormation stack's name. */
  stackName: string;
  /** The Lambda function's name; its log group is /aws/lambda/<functionName>. */
  functionName: string;
  description: string;
  /** Longest run of one invocation (1-900 seconds). */
  timeoutSeconds: number;
  /** Memory in MB (128-10,240). */
  memorySize: number;
  source: StreamSettings;
  /** Active X-Ray tracing; with it, add `{ template: 'xray-write' }` to infra/role.ts. */
  tracing: boolean;
  /** Run the function in a VPC; with it, add `{ template: 'vpc-access' }` to infra/role.ts. */
  vpc: VpcPlacement | undefined;
  /** `scoped`: least-privilege statements on this function's resources; `managed`: the AWS managed policies. */
  roleMode: RoleMode;
  /** Run as this existing role instead of creating one (it must hold what infra/role.ts describes). */
  existingRoleArn: string | undefined;
  /** Services the code calls; for each add `{ template: <kind>, on: 'sink:<id>' }` to infra/role.ts. */
  sinks: Sink[];
}
