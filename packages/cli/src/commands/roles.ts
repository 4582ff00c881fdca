import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type AwsContext,
  composeRole,
  eventSources,
  logGroupArn,
  parseEventSource,
  type ResourceRef,
  roleSpecFor,
  toIamJson,
} from '@lambda-blueprints/role-templates';
import { catalogDocument } from '../catalog-document.js';
import { catalogAsMarkdown, catalogAsText } from '../catalog-listing.js';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../errors.js';
import { invocationDirectory } from '../invocation-directory.js';
import { type FlagValues, parseFlags } from '../parse-flags.js';
import {
  onFailureKinds,
  placeholderFor,
  type ResourceArnFlag,
  resourceArnFlags,
  roleOptionsFromFlags,
  sourceArnFlags,
  withOptions,
} from '../role-flags.js';

const text = { type: 'string' } as const;
const flags = {
  source: text,
  with: text,
  'on-failure': text,
  mode: text,
  'function-name': text,
  'queue-arn': text,
  'stream-arn': text,
  'table-stream-arn': text,
  'cluster-arn': text,
  'consumer-arn': text,
  'source-key-arn': text,
  'on-failure-arn': text,
  'on-failure-key-arn': text,
  partition: { type: 'string', default: 'aws' },
  region: text,
  account: text,
  list: { type: 'boolean' },
  markdown: { type: 'boolean' },
  write: text,
  help: { type: 'boolean', short: 'h' },
} as const;

type RolesFlags = FlagValues<typeof flags>;

const column = (flag: string, description: string): string => `  ${flag.padEnd(30)} ${description}`;

const withHelp = Object.entries(withOptions)
  .map(([name, { template, help }]) => column('', `${name.padEnd(15)} adds ${template}: ${help}`))
  .join('\n');

export const rolesHelp = [
  "Usage: blueprints roles --source <source> [flags]   print a function's execution role as IAM JSON",
  '       blueprints roles --list [--markdown]          print the catalog of role templates',
  '       blueprints roles --list --write <file>        write the catalog document (docs/role-templates.md)',
  '',
  column('--source <source>', eventSources.join(' | ')),
  column('--with <name,name>', 'options that add templates, comma-separated:'),
  withHelp,
  column('--on-failure <kind>', `${onFailureKinds.join(' | ')}: on-failure destination of a stream (not for SQS)`),
  column('--mode <mode>', 'scoped (default): least privilege on the given ARNs | managed: AWS managed policies'),
  column('--function-name <name>', "the function's name, for its log group"),
  column('--queue-arn <arn>', 'the source queue (sqs, sqs-fifo)'),
  column('--stream-arn <arn>', 'the source stream (kinesis)'),
  column('--table-stream-arn <arn>', "the source table's stream (dynamodb-streams)"),
  column('--cluster-arn <arn>', 'the source cluster (msk)'),
  column('--consumer-arn <arn>', 'the enhanced fan-out consumer (with fan-out)'),
  column('--source-key-arn <arn>', "the source's KMS key (with source-key)"),
  column('--on-failure-arn <arn>', 'the on-failure queue, topic or bucket (with --on-failure)'),
  column('--on-failure-key-arn <arn>', "the destination's KMS key (with on-failure-key)"),
  column('--partition <partition>', 'aws (default) | aws-cn | aws-us-gov'),
  column('--region <region>', "the function's region"),
  column('--account <account>', "the function's account id"),
  column('--list', 'print the catalog instead; with --markdown as a table'),
  column('--write <file>', 'with --list: write the catalog as a Markdown document to the file'),
  column('-h, --help', 'this help'),
  '',
  'A value left out prints as a placeholder such as <queue-arn>, named on stderr: replace it before use.',
  'Exit codes: 0 printed, 2 bad flags or values.',
  '',
].join('\n');

function parseMode(value: string | undefined): 'scoped' | 'managed' {
  if (value === undefined || value === 'scoped' || value === 'managed') return value ?? 'scoped';
  throw new UsageError(`Unknown --mode "${value}". Use one of: scoped, managed.`);
}

/** Every ARN the role may need, from its flag or else a placeholder; a source ARN flag of another source is refused. */
function resourceArns(
  source: ReturnType<typeof parseEventSource>,
  values: RolesFlags,
): Partial<Record<ResourceRef, string>> {
  const sourceFlag = sourceArnFlags[source];
  const otherSourceFlag = Object.values(sourceArnFlags).find(
    (flag) => flag !== sourceFlag && values[flag] !== undefined,
  );
  if (otherSourceFlag !== undefined) {
    throw new UsageError(`--${otherSourceFlag} does not fit --source ${source}: pass its ARN as --${sourceFlag}.`);
  }
  const arns: Partial<Record<ResourceRef, string>> = { source: values[sourceFlag] ?? placeholderFor(sourceFlag) };
  for (const [flag, ref] of Object.entries(resourceArnFlags) as [ResourceArnFlag, ResourceRef][]) {
    arns[ref] = values[flag] ?? placeholderFor(flag);
  }
  return arns;
}

function printRole(values: RolesFlags, io: CliIo): void {
  if (values.source === undefined) {
    throw new UsageError(`Missing --source. Use one of: ${eventSources.join(', ')} (or --list for the catalog).`);
  }
  const source = parseEventSource(values.source);
  const spec = roleSpecFor(source, roleOptionsFromFlags(values.with, values['on-failure']));
  const context: AwsContext = {
    partition: values.partition,
    region: values.region ?? placeholderFor('region'),
    account: values.account ?? placeholderFor('account'),
  };
  const arns = resourceArns(source, values);
  arns['log-group'] = logGroupArn(context, values['function-name'] ?? placeholderFor('function-name'));

  const json = JSON.stringify(toIamJson(composeRole(spec, { arns, context, mode: parseMode(values.mode) })), null, 2);
  io.stdout(`${json}\n`);

  const placeholders = [...new Set(json.match(/<[a-z-]+>/g) ?? [])];
  if (placeholders.length > 0) {
    const flagsToPass = placeholders.map((placeholder) => `--${placeholder.slice(1, -1)}`).join(', ');
    io.stderr(`Replace the placeholders ${placeholders.join(', ')} in the role before use, or pass ${flagsToPass}.\n`);
  }
}

function writeCatalogDocument(file: string, partition: string, io: CliIo): void {
  writeFileSync(resolve(invocationDirectory(), file), catalogDocument(partition));
  io.stdout(`Wrote the catalog of role templates to ${file}.\n`);
}

/** `blueprints roles`: prints a composed role as IAM JSON, or the catalog with --list (or writes it with --write). */
export function rolesCommand(args: readonly string[], io: CliIo): void {
  const values = parseFlags('roles', args, flags);
  if (values.write !== undefined && !values.list) {
    throw new UsageError(
      '--write writes the catalog document: use it with --list (blueprints roles --list --write <file>).',
    );
  }
  if (values.help) {
    io.stdout(rolesHelp);
  } else if (values.write !== undefined) {
    writeCatalogDocument(values.write, values.partition, io);
  } else if (values.list) {
    io.stdout(values.markdown ? catalogAsMarkdown(values.partition) : catalogAsText(values.partition));
  } else {
    printRole(values, io);
  }
}
