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
