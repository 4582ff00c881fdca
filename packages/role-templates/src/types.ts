/** The ids of the role templates in the catalog: one permission set each. */
export type TemplateId =
  | 'basic-execution'
  | 'sqs-poll'
  | 'kinesis-read'
  | 'kinesis-fan-out'
  | 'dynamodb-streams-read'
  | 'msk-read'
  | 'vpc-access'
  | 'xray-write'
  | 'kms-decrypt'
  | 'kms-encrypt'
  | 'sqs-send'
  | 'sns-publish'
  | 's3-put'
  | 'dynamodb-write'
  | 'kinesis-put';

/** The event sources a function can read from. */
export type EventSourceKind = 'sqs' | 'sqs-fifo' | 'kinesis' | 'dynamodb-streams' | 'msk';

/** `scoped` (default): least-privilege statements on the function's own resources. `managed`: the AWS managed policies. */
export type RoleMode = 'scoped' | 'managed';

/** The AWS managed policies the Lambda guide names, by name. */
export type ManagedPolicyName =
  | 'AWSLambdaBasicExecutionRole'
  | 'AWSLambdaSQSQueueExecutionRole'
  | 'AWSLambdaKinesisExecutionRole'
  | 'AWSLambdaDynamoDBExecutionRole'
  | 'AWSLambdaVPCAccessExecutionRole'
  | 'AWSXrayWriteOnlyAccess'
  | 'AWSLambdaMSKExecutionRole';

/** One IAM policy statement, in the forms the catalog and the evaluator use. */
export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

/**
 * A name for a resource a template applies to, resolved to an ARN when the role is composed (by the CDK construct
 * from the resources it creates or imports, or by the CLI from flags).
 */
export type ResourceRef =
  | 'log-group'
  | 'source'
  | 'source-key'
  | 'consumer'
  | 'on-failure'
  | 'on-failure-key'
  | `sink:${string}`;

/** One line of a function's role: a template, and the resource it applies to (none for account-wide templates). */
export interface RoleEntry {
  template: TemplateId;
  on?: ResourceRef;
}

/** A function's role as a list of templates: the one place a function package says what its role grants. */
export type RoleSpec = readonly RoleEntry[];

/** Partition, region and account of the function; CDK passes its tokens, the CLI literal values. */
export interface AwsContext {
  partition: string;
  region: string;
  account: string;
}

/** The services a function's code calls, chosen at scaffold time. */
export type SinkKind = 'dynamodb-write' | 'sqs-send' | 'kinesis-put';

/** Options that imply templates, as the Lambda console and AWS SAM apply them. */
export interface RoleOptions {
  /** X-Ray tracing: implies `xray-write`. */
  tracing?: boolean;
  /** The function runs in a VPC: implies `vpc-access`. */
  vpc?: boolean;
  /** A customer managed KMS key encrypts the source: implies `kms-decrypt` on `source-key`. */
  sourceKey?: boolean;
  /** Kinesis enhanced fan-out consumer: implies `kinesis-fan-out` on `consumer`. */
  consumer?: boolean;
  /** The on-failure destination (streams): implies `sqs-send`, `sns-publish` or `s3-put` on `on-failure`. */
  onFailure?: 'sqs' | 'sns' | 's3';
  /** A customer managed KMS key encrypts the on-failure destination: implies `kms-encrypt` on `on-failure-key`. */
  onFailureKey?: boolean;
  /** Services the code calls: each implies its template on `sink:<id>`. */
  sinks?: readonly { id: string; kind: SinkKind }[];
}

/** What a role comes to: managed policy ARNs to attach and one inline policy document (empty when not needed). */
export interface ComposedRole {
  templates: TemplateId[];
  managedPolicyArns: string[];
  policyDocument: PolicyDocument;
}

/** What kind of resource a template's `on` must resolve to; null in `RoleTemplate.on` for account-wide templates. */
export type ResourceKind =
  | 'log group'
  | 'SQS queue'
  | 'Kinesis stream'
  | 'Kinesis stream consumer'
  | 'DynamoDB stream'
  | 'DynamoDB table'
  | 'MSK cluster'
  | 'KMS key'
  | 'SNS topic'
  | 'S3 bucket';

/**
 * Where the actions of a template statement apply. Actions that IAM allows only on "*" (wildcard-only per IAM's
 * service reference) go to "*" whatever the target says.
 */
export type StatementTarget =
  /** The ARN the role entry's `on` resolves to, followed by each suffix ('' for the ARN itself, '/*' for objects). */
  | { kind: 'entry-arn'; suffixes: readonly string[] }
  /** Every resource of the action's IAM resource types in the function's own account and region. */
  | { kind: 'account-resources' };

/** One scoped statement of a template, before it is resolved against a role's resources. */
export interface TemplateStatement {
  actions: readonly string[];
  target: StatementTarget;
}

/** One permission set of the catalog. */
export interface RoleTemplate {
  id: TemplateId;
  /** One line: what the function can do with it. */
  purpose: string;
  /** The AWS managed policy granting the same permissions account-wide, null when AWS has none. */
  managedPolicy: ManagedPolicyName | null;
  /** The kind of resource the role entry's `on` names, null for account-wide templates (no `on`). */
  on: ResourceKind | null;
  /** The event source or `RoleOptions` setting that adds this template to a role. */
  impliedBy: string;
  /** The least-privilege statements (`scoped` mode). */
  statements: readonly TemplateStatement[];
}

/** An AWS managed policy as the Lambda guide lists it (every statement Allow on "*"). */
export interface ManagedPolicy {
  /** The policy ARN with `${Partition}` in place of the partition. */
  arn: string;
  purpose: string;
  actions: readonly string[];
}

/** The outcome of evaluating identity policies for one request, as IAM decides it. */
export type PolicyDecision = 'allowed' | 'explicit-deny' | 'implicit-deny';

/** What IAM's service reference says about one action: the facts deciding "*" versus an ARN. */
export interface ActionFacts {
  /** True when the action supports no resource-level permissions, so only `Resource: "*"` grants it. */
  wildcardOnly: boolean;
  resourceTypes: readonly { name: string; required: boolean; arn: string }[];
}
