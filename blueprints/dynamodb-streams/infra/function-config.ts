import type { Sink } from '@lambda-blueprints/cdk';
import type { RoleMode } from '@lambda-blueprints/role-templates';

/**
 * A new on-demand orders table made by the stack, keyed by the string `pk`, with a NEW_AND_OLD_IMAGES stream and
 * point-in-time recovery.
 */
export interface NewTableSettings {
  /**
   * How the table is encrypted when `keyArn` is undefined: an AWS owned key, or the AWS managed key alias/aws/dynamodb
   * (its use visible in CloudTrail).
   */
  encryption: 'aws-owned' | 'aws-managed';
}

/** The table stream the function reads and how Lambda batches and retries its records. */
export type TableStreamSettings = {
  /** Records per invocation (1-10,000). */
  batchSize: number;
  /** How long Lambda gathers records before invoking (0-300 seconds; 0 = no window). */
  maxBatchingWindowSeconds: number;
  /** Retries of a failing batch before its description goes to the on-failure queue (0-10,000). */
  retryAttempts: number;
  /** Records older than this go to the on-failure queue unprocessed (60-604,800 seconds). */
  maxRecordAgeSeconds: number;
  /**
   * ARN of the customer managed KMS key that encrypts the table (new or existing). With a key, add
   * `{ template: 'kms-decrypt', on: 'source-key' }` to infra/role.ts. Undefined: see `newTable.encryption`.
   */
  keyArn: string | undefined;
} & (
  | { newTable: NewTableSettings; existingTableStreamArn?: never }
  | {
      /**
       * Read this table's stream instead of creating a table (`arn:...:table/<name>/stream/<label>`); the stream must
       * carry new and old images (NEW_AND_OLD_IMAGES).
       */
      existingTableStreamArn: string;
      newTable?: never;
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
export interface DynamodbStreamsFunctionConfig {
  /** The CloudFormation stack's name. */
  stackName: string;
  /** The Lambda function's name; its log group is /aws/lambda/<functionName>. */
  functionName: string;
  description: string;
  /** Longest run of one invocation (1-900 seconds). */
  timeoutSeconds: number;
  /** Memory in MB (128-10,240). */
  memorySize: number;
  source: TableStreamSettings;
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
