import type { EventSourceKind, ResourceRef, RoleOptions } from '@lambda-blueprints/role-templates';
import { UsageError } from './errors.js';

/** The `--with` names: short names for the RoleOptions switches, each implying one template. */
export const withOptions = {
  xray: { option: 'tracing', template: 'xray-write', help: 'X-Ray active tracing' },
  vpc: { option: 'vpc', template: 'vpc-access', help: 'the function runs in a VPC' },
  'source-key': { option: 'sourceKey', template: 'kms-decrypt', help: 'the source is encrypted with a KMS key' },
  'fan-out': { option: 'consumer', template: 'kinesis-fan-out', help: 'Kinesis enhanced fan-out consumer' },
  'on-failure-key': {
    option: 'onFailureKey',
    template: 'kms-encrypt',
    help: 'the on-failure destination is encrypted with a KMS key',
  },
} as const satisfies Record<string, { option: keyof RoleOptions; template: string; help: string }>;

export type WithName = keyof typeof withOptions;

const withNames = Object.keys(withOptions) as WithName[];

export const onFailureKinds = ['sqs', 'sns', 's3'] as const;

/** Turns `--with xray,vpc` and `--on-failure sqs` into RoleOptions; unknown names list the valid ones. */
export function roleOptionsFromFlags(withFlag: string | undefined, onFailureFlag: string | undefined): RoleOptions {
  const options: RoleOptions = {};
  const names = (withFlag ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  for (const name of names) {
    const known = withNames.find((candidate) => candidate === name);
    if (known === undefined) {
      throw new UsageError(`Unknown --with option "${name}". Use one or more of: ${withNames.join(', ')}.`);
    }
    options[withOptions[known].option] = true;
  }
  if (onFailureFlag !== undefined) {
    const kind = onFailureKinds.find((candidate) => candidate === onFailureFlag);
    if (kind === undefined) {
      throw new UsageError(`Unknown --on-failure "${onFailureFlag}". Use one of: ${onFailureKinds.join(', ')}.`);
    }
    options.onFailure = kind;
  }
  return options;
}

/** The flag that carries the source's ARN, per source (the ARN Lambda's mapping reads). */
export const sourceArnFlags = {
  sqs: 'queue-arn',
  'sqs-fifo': 'queue-arn',
  kinesis: 'stream-arn',
  'dynamodb-streams': 'table-stream-arn',
  msk: 'cluster-arn',
} as const satisfies Record<EventSourceKind, string>;

export type SourceArnFlag = (typeof sourceArnFlags)[EventSourceKind];

/** The other resource ARN flags and the role entry `on` each one fills. */
export const resourceArnFlags = {
  'consumer-arn': 'consumer',
  'source-key-arn': 'source-key',
  'on-failure-arn': 'on-failure',
  'on-failure-key-arn': 'on-failure-key',
} as const satisfies Record<string, ResourceRef>;

export type ResourceArnFlag = keyof typeof resourceArnFlags;

/** What a missing value prints as, for the user to replace: `<queue-arn>` for `--queue-arn`. */
export const placeholderFor = (flag: string): string => `<${flag}>`;
