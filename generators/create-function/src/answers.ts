import type { EventSourceKind, RoleMode, SinkKind } from '@lambda-blueprints/role-templates';

/** The event sources a blueprint can read (MSK has no blueprint). */
export type BlueprintSource = Exclude<EventSourceKind, 'msk'>;

/** The choices of the "extra role templates" checkbox (`--with`), each with what it adds to the function. */
export const withChoices = {
  xray: 'X-Ray active tracing (adds xray-write)',
  vpc: 'run in a VPC: its id, subnets and zones come next (adds vpc-access)',
  'fan-out': 'read through an enhanced fan-out consumer, Kinesis only (adds kinesis-fan-out)',
  'dynamodb-write': 'the code writes to a DynamoDB table: dynamodb:PutItem on it (adds dynamodb-write)',
  'sqs-send': 'the code sends to an SQS queue: sqs:SendMessage on it (adds sqs-send)',
  'kinesis-put': 'the code puts to a Kinesis stream: kinesis:PutRecord(s) on it (adds kinesis-put)',
} as const satisfies Record<string, string>;

export type WithChoice = keyof typeof withChoices;

export const withChoiceNames = Object.keys(withChoices) as WithChoice[];

/** The `--with` choices that are services the code calls (sinks): each gets example code, a target and its template. */
export const sinkKinds = ['dynamodb-write', 'sqs-send', 'kinesis-put'] as const satisfies readonly SinkKind[];

export const isSinkKind = (choice: WithChoice): choice is (typeof sinkKinds)[number] =>
  (sinkKinds as readonly string[]).includes(choice);

/** The settings of a source's event source mapping (and of a new SQS queue) the generator asks for. */
export type SettingId = 'batchSize' | 'batchingWindow' | 'maxReceiveCount' | 'retentionDays' | 'retries' | 'recordAge';

/** Values of the settings that apply to the blueprint's source; the others are absent. */
export type SourceSettings = Partial<Record<SettingId, number>>;

/** How the function reaches its VPC (no lookup: synth stays offline). */
export interface VpcAnswer {
  vpcId: string;
  subnetIds: string[];
  availabilityZones: string[];
}

/** An existing source to read instead of a new one. */
export interface ExistingSource {
  arn: string;
  /** The customer managed KMS key that encrypts it (adds kms-decrypt on it). */
  keyArn: string | undefined;
}

/** Every answer of one scaffold: flags, prompts and the plop actions share this one model. */
export interface FunctionAnswers {
  /** kebab-case: the folder functions/<name>, the package name and the Lambda function name. */
  name: string;
  /** The blueprint's folder name under blueprints/ (e.g. `sqs`). */
  blueprint: string;
  /** undefined: the stack creates the source. */
  existingSource: ExistingSource | undefined;
  with: WithChoice[];
  /** Set exactly when `with` holds `vpc`. */
  vpc: VpcAnswer | undefined;
  /** Existing targets of the chosen sinks, by kind; a chosen sink without one gets a new target in the stack. */
  sinkArns: Partial<Record<SinkKind, string>>;
  settings: SourceSettings;
  roleMode: RoleMode;
  /** An existing role to run as: no role is created, and the policy it must hold is printed. */
  roleArn: string | undefined;
}

/**
 * What flags (or prompts, so far) have given: any answer may still be missing, and settings one by one. `source` says
 * new or existing before the existing source's ARN is known.
 */
export type PartialAnswers = Partial<Omit<FunctionAnswers, 'settings'>> & {
  settings: SourceSettings;
  source?: 'new' | 'existing';
};
