import type { Sink } from '@lambda-blueprints/cdk';
import type { RoleMode } from '@lambda-blueprints/role-templates';

/** A new queue made by the stack, with its dead-letter queue. */
export interface NewQueueSettings {
  /** Receives of a message before SQS moves it to the DLQ: how often a failing message is retried (1-1,000). */
  maxReceiveCount: number;
  /** How long the queue keeps a message before dropping it (1 minute - 14 days): the SQS record age limit. */
  retentionPeriodDays: number;
}

/** The queue the function reads and how Lambda batches its messages. */
export type QueueSettings = {
  /** Messages per invocation: 1-10, or up to 10,000 with a batching window. */
  batchSize: number;
  /** How long Lambda gathers messages before invoking (0-300 seconds; 0 = no window). */
  maxBatchingWindowSeconds: number;
  /**
   * ARN of the customer managed KMS key that encrypts the queue (new or existing). With a key, add
   * `{ template: 'kms-decrypt', on: 'source-key' }` to infra/role.ts. Undefined: SQS managed encryption.
   */
  keyArn: string | undefined;
} & (
  | { newQueue: NewQueueSettings; existingQueueArn?: never }
  | {
      /** Read this queue instead of creating one; its redrive policy and visibility timeout are its owner's. */
      existingQueueArn: string;
      newQueue?: never;
    }
);

/** Where the function runs in a VPC: the subnets are used as given (no lookup, so synth needs no credentials). */
export interface VpcPlacement {
  vpcId: string;
  availabilityZones: string[];
  privateSubnetIds: string[];
  /** Security groups of the function; none given: a new group allowing all outbound traffic. */
  securityGroupIds?: string[];
}

/** Every setting of the function and its source: infra/config.ts holds one of these. */
export interface SqsFunctionConfig {
  /** The CloudFormation stack's name. */
  stackName: string;
  /** The Lambda function's name; its log group is /aws/lambda/<functionName>. */
  functionName: string;
  description: string;
  /** Longest run of one invocation (1-900); the new queue's visibility timeout is 6 x this + the batching window. */
  timeoutSeconds: number;
  /** Memory in MB (128-10,240). */
  memorySize: number;
  source: QueueSettings;
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
