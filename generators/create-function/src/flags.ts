import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { RoleMode, SinkKind } from '@lambda-blueprints/role-templates';
import { type PartialAnswers, type SettingId, withChoiceNames, withChoices } from './answers.js';
import type { BlueprintInfo } from './blueprint-catalog.js';
import { InvalidFlagError, InvalidInputError } from './errors.js';
import { sourceSettings } from './source-settings.js';
import {
  availabilityZonePattern,
  MAX_NAME_LENGTH,
  parseIdList,
  parseWholeNumber,
  parseWith,
  sinkArnFlags,
  subnetIdPattern,
} from './validation.js';

const flagOptions = {
  name: { type: 'string' },
  blueprint: { type: 'string' },
  source: { type: 'string' },
  'source-arn': { type: 'string' },
  'source-key-arn': { type: 'string' },
  with: { type: 'string' },
  'vpc-id': { type: 'string' },
  'subnet-ids': { type: 'string' },
  'availability-zones': { type: 'string' },
  'sink-table-arn': { type: 'string' },
  'sink-queue-arn': { type: 'string' },
  'sink-stream-arn': { type: 'string' },
  'batch-size': { type: 'string' },
  'batching-window': { type: 'string' },
  'max-receive-count': { type: 'string' },
  'retention-days': { type: 'string' },
  retries: { type: 'string' },
  'record-age': { type: 'string' },
  'role-mode': { type: 'string' },
  'role-arn': { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  'dry-run': { type: 'boolean' },
  'skip-checks': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

type FlagValues = ReturnType<typeof parseArgs<{ options: typeof flagOptions; strict: true }>>['values'];

/** What the command line asks for: the answers it gives, and how to run. */
export interface ParsedFlags {
  answers: PartialAnswers;
  yes: boolean;
  dryRun: boolean;
  /** Do not synthesize the new function and check its permissions after linking it. */
  skipChecks: boolean;
  help: boolean;
}

const settingFlagNames: Readonly<Record<SettingId, keyof typeof flagOptions>> = {
  batchSize: 'batch-size',
  batchingWindow: 'batching-window',
  maxReceiveCount: 'max-receive-count',
  retentionDays: 'retention-days',
  retries: 'retries',
  recordAge: 'record-age',
};

const roleModes: readonly RoleMode[] = ['scoped', 'managed'];
const sourceModes: readonly NonNullable<PartialAnswers['source']>[] = ['new', 'existing'];

function oneOf<T extends string>(value: string, valid: readonly T[], flag: string): T {
  const match = valid.find((candidate) => candidate === value);
  if (match === undefined)
    throw new InvalidFlagError(`Unknown ${flag} "${value}". Use one of: ${valid.join(', ')}.`, flag);
  return match;
}

function answersOf(values: FlagValues): PartialAnswers {
  const answers: PartialAnswers = { settings: {} };
  if (values.name !== undefined) answers.name = values.name;
  if (values.blueprint !== undefined) answers.blueprint = values.blueprint;
  if (values.source !== undefined) answers.source = oneOf(values.source, sourceModes, '--source');
  if (values['source-arn'] !== undefined) {
    if (answers.source === 'new') {
      throw new InvalidFlagError('--source new and --source-arn exclude each other: pass one of them.', '--source');
    }
    answers.source = 'existing';
    answers.existingSource = { arn: values['source-arn'], keyArn: values['source-key-arn'] };
  } else if (values['source-key-arn'] !== undefined) {
    throw new InvalidFlagError(
      '--source-key-arn is the KMS key of an existing source: pass --source-arn with it.',
      '--source-key-arn',
    );
  }
  if (values.with !== undefined) answers.with = parseWith(values.with);
  const vpcFlags = [values['vpc-id'], values['subnet-ids'], values['availability-zones']];
  if (vpcFlags.some((value) => value !== undefined)) {
    const [vpcId, subnets, zones] = vpcFlags;
    if (vpcId === undefined || subnets === undefined || zones === undefined) {
      throw new InvalidFlagError(
        '--vpc-id, --subnet-ids and --availability-zones go together: pass all three (or none, to be asked).',
        '--vpc-id',
      );
    }
    answers.vpc = {
      vpcId,
      subnetIds: parseIdList(subnets, '--subnet-ids', subnetIdPattern, 'subnet-0a1b2c3d4e5f67890'),
      availabilityZones: parseIdList(zones, '--availability-zones', availabilityZonePattern, 'eu-west-1a'),
    };
  }
  const sinkArns: Partial<Record<SinkKind, string>> = {};
  for (const [kind, { flag }] of Object.entries(sinkArnFlags) as [SinkKind, { flag: string }][]) {
    const value = values[flag.slice(2) as keyof FlagValues];
    if (typeof value === 'string') sinkArns[kind] = value;
  }
  if (Object.keys(sinkArns).length > 0) answers.sinkArns = sinkArns;
  for (const [id, flag] of Object.entries(settingFlagNames) as [SettingId, keyof FlagValues][]) {
    const value = values[flag];
    if (typeof value === 'string') answers.settings[id] = parseWholeNumber(value, `--${flag}`);
  }
  if (values['role-mode'] !== undefined) answers.roleMode = oneOf(values['role-mode'], roleModes, '--role-mode');
  if (values['role-arn'] !== undefined) answers.roleArn = values['role-arn'];
  return answers;
}

/** Parses the command line (node:util parseArgs, strict): unknown flags and bad values are InvalidInputErrors. */
export function parseFlags(args: readonly string[]): ParsedFlags {
  let values: FlagValues;
  try {
    values = parseArgs({ args: [...args], options: flagOptions, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InvalidInputError(`${detail}\nRun \`pnpm create-function --help\` for the flags it takes.`);
  }
  return {
    answers: answersOf(values),
    yes: values.yes ?? false,
    dryRun: values['dry-run'] ?? false,
    skipChecks: values['skip-checks'] ?? false,
    help: values.help ?? false,
  };
}

const row = (flag: string, text: string): string => `  ${flag.padEnd(30)} ${text}`;

/** The --help text: every flag with its values, the blueprints of this workspace and each source's settings. */
export function helpText(blueprints: readonly BlueprintInfo[]): string {
  const settingRows = Object.entries(sourceSettings).map(
    ([source, specs]) =>
      `    ${source.padEnd(17)} ${specs.map((spec) => `${spec.flag} ${spec.range.min}-${spec.range.max}`).join(', ')}`,
  );
  return [
    'Usage: pnpm create-function [flags]',
    '',
    'Scaffolds functions/<name> from a blueprint, with its role templates applied, links it into the workspace,',
    'synthesizes it and checks its permissions (check-permissions --strict: exit code 1 when that fails, the function',
    'stays), and prints the next commands. Prompts (in a terminal) ask only for what the flags do not give.',
    '',
    row('--name <name>', `function name: kebab-case, at most ${MAX_NAME_LENGTH} characters (also the Lambda name)`),
    row('--blueprint <folder>', 'the blueprint to start from:'),
    ...blueprints.map((blueprint) => row('', `  ${blueprint.folder}: ${blueprint.description}`)),
    row('--source new|existing', 'create the source (default), or read an existing one'),
    row('--source-arn <arn>', 'the existing source (queue, stream, or table stream ARN); implies --source existing'),
    row('--source-key-arn <arn>', "the existing source's customer managed KMS key (adds kms-decrypt)"),
    row('--with <a,b,...>', 'extra role templates, comma-separated (or none):'),
    ...withChoiceNames.map((choice) => row('', `  ${choice}: ${withChoices[choice]}`)),
    row('--vpc-id <id>', 'with --with vpc: the VPC (vpc-...)'),
    row('--subnet-ids <a,b>', 'with --with vpc: its private subnets (subnet-...)'),
    row('--availability-zones <a,b>', 'with --with vpc: the zone of each subnet, in the same order'),
    ...Object.values(sinkArnFlags).map(({ flag }) =>
      row(`${flag} <arn>`, 'an existing target for that sink (default: the stack creates one)'),
    ),
    row('--batch-size <n> ...', "source settings (default: the blueprint's), by source:"),
    ...settingRows,
    row('--role-mode scoped|managed', 'scoped: least-privilege statements (default); managed: AWS managed policies'),
    row('--role-arn <arn>', 'run as an existing role instead; prints the policy it must hold'),
    row('--yes, -y', 'accept the defaults of what is not given, and do not ask to confirm'),
    row('--dry-run', 'print the files that would be written and the role, and write nothing'),
    row('--skip-checks', 'after linking, do not synthesize the function and check its permissions (faster)'),
    row('--help, -h', 'this text'),
    '',
    'Without a terminal nothing is asked: a missing --name, --blueprint or --yes is an error (exit code 2).',
    'Example: pnpm create-function --name orders --blueprint sqs --with xray,dynamodb-write --yes',
    '',
  ].join('\n');
}
