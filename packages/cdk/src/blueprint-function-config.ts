import type { RoleMode } from '@lambda-blueprints/role-templates';
import type { Sink } from './sink.js';
import type { VpcPlacement } from './vpc-placement.js';

/** What the settings of every kind of source hold. */
export interface SourceConfig {
  /**
   * ARN of the customer managed KMS key that encrypts the source (new or existing). With a key, add
   * `{ template: 'kms-decrypt', on: 'source-key' }` to infra/role.ts. Undefined: an AWS key.
   */
  keyArn: string | undefined;
}

/**
 * Every setting of a blueprint's function and of its source: a package's infra/config.ts holds one of these (its
 * infra/function-config.ts names `TSource`, the settings of its kind of source).
 */
export interface BlueprintFunctionConfig<TSource extends SourceConfig = SourceConfig> {
  /** The CloudFormation stack's name. */
  stackName: string;
  /** The Lambda function's name; its log group is /aws/lambda/<functionName>. */
  functionName: string;
  description: string;
  /**
   * Longest run of one invocation (1-900 seconds). A new SQS queue's visibility timeout is 6 x this + the batching
   * window.
   */
  timeoutSeconds: number;
  /** Memory in MB (128-10,240). */
  memorySize: number;
  /** The source the function reads, and how Lambda batches (and retries) its records. */
  source: TSource;
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
