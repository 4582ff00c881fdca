import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isInRange } from '@lambda-blueprints/cdk/limits';
import { InvalidRoleOptionsError, type RoleMode, roleSpecFor, type SinkKind } from '@lambda-blueprints/role-templates';
import {
  type BlueprintSource,
  type PartialAnswers,
  type VpcAnswer,
  type WithChoice,
  withChoiceNames,
} from './answers.js';
import { type ArnKindName, arnKinds } from './arn-kinds.js';
import type { BlueprintInfo } from './blueprint-catalog.js';
import { FunctionExistsError, InvalidFlagError } from './errors.js';
import { roleOptionsOf } from './role-options.js';
import { batchSizeRange, settingFlags, settingsFor, sourceSettings } from './source-settings.js';

/** What validating answers needs to know about the workspace. */
export interface ValidationContext {
  blueprints: readonly BlueprintInfo[];
  /** Names a function cannot take (Node built-ins, the workspace's own package and dependency names). */
  reservedNames: ReadonlySet<string>;
  /** The absolute path of the workspace's functions/ folder. */
  functionsDirectory: string;
}

/** The longest Lambda function name; the function name is the `--name`. */
export const MAX_NAME_LENGTH = 64;

/** The ARN kind each source's `--source-arn` must be. */
export const sourceArnKinds: Readonly<Record<BlueprintSource, ArnKindName>> = {
  sqs: 'sqs-queue',
  'sqs-fifo': 'sqs-fifo-queue',
  kinesis: 'kinesis-stream',
  'dynamodb-streams': 'dynamodb-stream',
};

/** Per sink: the flag of its existing target and the ARN kind that flag takes. */
export const sinkArnFlags: Readonly<Record<SinkKind, { flag: `--${string}`; kind: ArnKindName }>> = {
  'dynamodb-write': { flag: '--sink-table-arn', kind: 'dynamodb-table' },
  'sqs-send': { flag: '--sink-queue-arn', kind: 'any-sqs-queue' },
  'kinesis-put': { flag: '--sink-stream-arn', kind: 'kinesis-stream' },
};

const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The function name: kebab-case, short enough for Lambda, not reserved, and not taken in functions/. */
export function checkName(name: string, context: ValidationContext): string {
  if (!KEBAB_CASE.test(name)) {
    throw new InvalidFlagError(
      `--name "${name}" is not kebab-case. Use lowercase letters, digits and single hyphens, starting with a letter ` +
        '(e.g. orders-consumer).',
      '--name',
    );
  }
  if (name.length > MAX_NAME_LENGTH) {
    throw new InvalidFlagError(
      `--name "${name}" has ${name.length} characters, but it is also the Lambda function name, which takes at most ` +
        `${MAX_NAME_LENGTH}. Choose a shorter name.`,
      '--name',
    );
  }
  if (context.reservedNames.has(name)) {
    throw new InvalidFlagError(
      `--name "${name}" is reserved: it is a Node.js built-in or a package name the workspace uses, and a function ` +
        'package of that name would shadow it. Choose another name.',
      '--name',
    );
  }
  const directory = join(context.functionsDirectory, name);
  if (existsSync(directory)) throw new FunctionExistsError(name, directory);
  return name;
}

/** The blueprint whose folder is `value`; the error lists the ones that exist. */
export function checkBlueprint(value: string, blueprints: readonly BlueprintInfo[]): BlueprintInfo {
  const blueprint = blueprints.find((candidate) => candidate.folder === value);
  if (blueprint === undefined) {
    const valid = blueprints.map((candidate) => candidate.folder).join(', ') || '(none: blueprints/ has no blueprint)';
    throw new InvalidFlagError(`Unknown --blueprint "${value}". Use one of: ${valid}.`, '--blueprint');
  }
  return blueprint;
}

/** `value` when it is an ARN of the kind; the error names the flag, the kind and an example. */
export function checkArn(kind: ArnKindName, value: string, flag: string): string {
  const { what, example, pattern } = arnKinds[kind];
  if (!pattern.test(value)) {
    throw new InvalidFlagError(`${flag} "${value}" is not ${what}. Pass one like ${example}.`, flag);
  }
  return value;
}

/** The `--with` list (comma-separated); unknown names list the valid ones. */
export function parseWith(value: string): WithChoice[] {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0 && name !== 'none');
  return [
    ...new Set(
      names.map((name) => {
        const choice = withChoiceNames.find((candidate) => candidate === name);
        if (choice === undefined) {
          throw new InvalidFlagError(
            `Unknown --with "${name}". Use none, or one or more of: ${withChoiceNames.join(', ')} (comma-separated).`,
            '--with',
          );
        }
        return choice;
      }),
    ),
  ];
}

/** A whole number from a flag's text. */
export function parseWholeNumber(value: string, flag: string): number {
  const number = Number(value.replaceAll('_', ''));
  if (value.trim() === '' || !Number.isInteger(number)) {
    throw new InvalidFlagError(`${flag} "${value}" is not a whole number. Pass digits, e.g. ${flag} 10.`, flag);
  }
  return number;
}

/** A comma-separated list of ids, each matching `pattern`. */
export function parseIdList(value: string, flag: string, pattern: RegExp, example: string): string[] {
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  const bad = ids.find((id) => !pattern.test(id));
  if (ids.length === 0 || bad !== undefined) {
    throw new InvalidFlagError(
      `${flag} "${value}" is not a comma-separated list of ids like ${example}${bad === undefined ? '' : ` ("${bad}" is not one)`}.`,
      flag,
    );
  }
  return ids;
}

export const vpcIdPattern = /^vpc-[0-9a-f]{8}(?:[0-9a-f]{9})?$/;
export const subnetIdPattern = /^subnet-[0-9a-f]{8}(?:[0-9a-f]{9})?$/;
export const availabilityZonePattern = /^[a-z]{2}(?:-[a-z]+)+-\d[a-z]$/;

/** `value` when it is a VPC id. */
export function checkVpcId(value: string): string {
  if (!vpcIdPattern.test(value)) {
    throw new InvalidFlagError(`--vpc-id "${value}" is not a VPC id. Pass one like vpc-0a1b2c3d4e5f67890.`, '--vpc-id');
  }
  return value;
}

function checkVpc(vpc: VpcAnswer): void {
  checkVpcId(vpc.vpcId);
  if (vpc.subnetIds.length !== vpc.availabilityZones.length) {
    throw new InvalidFlagError(
      `--subnet-ids lists ${vpc.subnetIds.length} subnets but --availability-zones ${vpc.availabilityZones.length} ` +
        'zones. Give one zone per subnet, in the same order.',
      '--availability-zones',
    );
  }
}

function checkSettings(answers: PartialAnswers, source: BlueprintSource): void {
  const existing = answers.existingSource !== undefined;
  const applicable = settingsFor(source, existing);
  for (const [id, value] of Object.entries(answers.settings) as [keyof typeof answers.settings, number][]) {
    const flag = settingFlags.get(id) ?? id;
    const spec = applicable.find((candidate) => candidate.id === id);
    if (spec === undefined) {
      const ofSource = sourceSettings[source].find((candidate) => candidate.id === id);
      const why =
        id === 'batchingWindow' && source === 'sqs-fifo'
          ? 'FIFO queues take no batching window. Remove it, or use the sqs blueprint for a standard queue'
          : ofSource !== undefined
            ? `it configures the queue the stack creates, and an existing queue's redrive policy and retention are its owner's. Remove it, or drop --source-arn`
            : `the ${source} source has no such setting. Its settings are ${sourceSettings[source].map((other) => other.flag).join(', ')}`;
      throw new InvalidFlagError(`${flag} does not apply here: ${why}.`, flag);
    }
    const { range, why } =
      id === 'batchSize' ? batchSizeRange(source, answers.settings) : { range: spec.range, why: '' };
    if (!isInRange(value, range)) {
      throw new InvalidFlagError(
        `${flag} is ${value} but must be between ${range.min} and ${range.max} ${range.unit}${why ? ` ${why}` : ''}. ` +
          `Pass ${flag} in that range.`,
        flag,
      );
    }
  }
}

function checkRole(roleMode: RoleMode | undefined, roleArn: string | undefined): void {
  if (roleArn === undefined) return;
  checkArn('iam-role', roleArn, '--role-arn');
  if (roleMode === 'managed') {
    throw new InvalidFlagError(
      '--role-mode managed and --role-arn exclude each other: with an existing role no role is created. Pass one of them.',
      '--role-mode',
    );
  }
}

/**
 * Checks every answer given so far, alone and together: names, ARNs, the options and settings against the
 * blueprint's source and the limits the CDK construct enforces. Throws InvalidInputError (exit 2) naming the flag;
 * answers still missing are not an error here.
 */
export function validateAnswers(answers: PartialAnswers, context: ValidationContext): void {
  if (answers.name !== undefined) checkName(answers.name, context);
  const blueprint = answers.blueprint === undefined ? undefined : checkBlueprint(answers.blueprint, context.blueprints);
  const chosen = answers.with ?? [];
  if (answers.vpc !== undefined) {
    if (answers.with !== undefined && !chosen.includes('vpc')) {
      throw new InvalidFlagError('--vpc-id, --subnet-ids and --availability-zones need --with vpc.', '--with');
    }
    checkVpc(answers.vpc);
  }
  for (const [kind, arn] of Object.entries(answers.sinkArns ?? {}) as [SinkKind, string][]) {
    const { flag, kind: arnKind } = sinkArnFlags[kind];
    checkArn(arnKind, arn, flag);
    if (answers.with !== undefined && !chosen.includes(kind)) {
      throw new InvalidFlagError(`${flag} names the target of the ${kind} sink: add ${kind} to --with.`, flag);
    }
  }
  checkRole(answers.roleMode, answers.roleArn);
  if (answers.existingSource?.keyArn !== undefined)
    checkArn('kms-key', answers.existingSource.keyArn, '--source-key-arn');
  if (blueprint === undefined) return;

  const { source } = blueprint;
  if (answers.existingSource !== undefined)
    checkArn(sourceArnKinds[source], answers.existingSource.arn, '--source-arn');
  if (chosen.includes('fan-out') && source !== 'kinesis') {
    throw new InvalidFlagError(
      `--with fan-out (an enhanced fan-out consumer) reads Kinesis streams only, and the ${blueprint.folder} ` +
        `blueprint reads a ${source} source. Remove fan-out.`,
      '--with',
    );
  }
  try {
    roleSpecFor(source, roleOptionsOf(answers));
  } catch (error) {
    if (error instanceof InvalidRoleOptionsError) throw new InvalidFlagError(error.message, '--with');
    throw error;
  }
  checkSettings(answers, source);
}
