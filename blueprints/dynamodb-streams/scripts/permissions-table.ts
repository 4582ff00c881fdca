import {
  composeRole,
  getTemplate,
  logGroupArn,
  type ResourceRef,
  type RoleSpec,
} from '@lambda-blueprints/role-templates';
import type { DynamodbStreamsFunctionConfig } from '../infra/function-config.js';

const START = '<!-- permissions:start -->';
const END = '<!-- permissions:end -->';

// The account and region are only known at deploy time: the table shows them as placeholders.
const placeholderContext = { partition: 'aws', region: '<region>', account: '<account>' };

/** The ARN shown for each resource a role entry can name: the configured one where it is known. */
function shownArns(config: DynamodbStreamsFunctionConfig): Partial<Record<ResourceRef, string>> {
  const { source } = config;
  return {
    'log-group': logGroupArn(placeholderContext, config.functionName),
    source:
      source.existingTableStreamArn ??
      'arn:aws:dynamodb:<region>:<account>:table/<table created by the stack>/stream/<stream label>',
    'source-key': source.keyArn ?? 'arn:aws:kms:<region>:<account>:key/<key id>',
    'on-failure': 'arn:aws:sqs:<region>:<account>:<on-failure queue created by the stack>',
    ...Object.fromEntries(config.sinks.map((sink) => [`sink:${sink.id}`, sink.arn])),
  };
}

const codeList = (value: string | string[] | undefined): string =>
  [value ?? []]
    .flat()
    .map((item) => `\`${item}\``)
    .join(', ');

/** A markdown table with its columns padded to their widest cell, as Biome formats Markdown. */
function alignedTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/**
 * The permissions table of the README: one row per statement the catalog composes for each line of the role, with
 * the template and its purpose as the reason.
 */
export function permissionsTable(role: RoleSpec, config: DynamodbStreamsFunctionConfig): string {
  const arns = shownArns(config);
  const rows = role.flatMap((entry) => {
    const { id, purpose } = getTemplate(entry.template);
    const why = `${id}: ${purpose}`;
    const composed = composeRole([entry], { arns, context: placeholderContext, mode: config.roleMode });
    return [
      ...composed.managedPolicyArns.map((arn) => ['every action of the AWS managed policy', `\`${arn}\``, why]),
      ...composed.policyDocument.Statement.map((statement) => [
        codeList(statement.Action),
        codeList(statement.Resource),
        why,
      ]),
    ];
  });
  return alignedTable(['action', 'resource', 'why'], rows);
}

/** The table between the README's permissions markers, or undefined when the markers are missing. */
export function readmePermissionsTable(readme: string): string | undefined {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return start < 0 || end < start ? undefined : readme.slice(start + START.length, end).trim();
}

/** The README with `table` between its permissions markers (appended with the markers when they are missing). */
export function withPermissionsTable(readme: string, table: string): string {
  const section = `${START}\n${table}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return `${readme.trimEnd()}\n\n${section}\n`;
  return `${readme.slice(0, start)}${section}${readme.slice(end + END.length)}`;
}
