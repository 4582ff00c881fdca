import { getTemplate } from './catalog.js';
import { composeRole } from './compose-role.js';
import type { AwsContext, ResourceRef, RoleMode, RoleSpec } from './types.js';

/** The account and region of a function documented before it is deployed: shown as placeholders. */
export const PLACEHOLDER_AWS_CONTEXT: AwsContext = { partition: 'aws', region: '<region>', account: '<account>' };

export interface PermissionsTableParams {
  /**
   * The ARN shown for each resource the entries name. A resource without one (e.g. a sink target the stack
   * creates, known only once deployed) is shown as `<ref>`, such as `<sink:table>`.
   */
  arns: Partial<Record<ResourceRef, string>>;
  /** @default PLACEHOLDER_AWS_CONTEXT */
  context?: AwsContext;
  /** @default 'scoped' */
  mode?: RoleMode;
}

const codeList = (value: string | string[] | undefined): string =>
  [value ?? []]
    .flat()
    .map((item) => `\`${item}\``)
    .join(', ');

/** A markdown table with its columns padded to their widest cell, as Biome formats Markdown. */
function alignedTable(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** `arns` with a `<ref>` placeholder for every resource an entry names that has no ARN. */
function withPlaceholders(spec: RoleSpec, arns: Partial<Record<ResourceRef, string>>) {
  const shown = { ...arns };
  for (const { on } of spec) if (on !== undefined) shown[on] ??= `<${on}>`;
  return shown;
}

/**
 * The permissions of a role as a markdown table (action, resource, why): one row per statement the catalog composes
 * for each entry, and one per AWS managed policy in `managed` mode, with the template and its purpose as the reason.
 */
export function permissionsTable(spec: RoleSpec, params: PermissionsTableParams): string {
  const arns = withPlaceholders(spec, params.arns);
  const context = params.context ?? PLACEHOLDER_AWS_CONTEXT;
  const rows = spec.flatMap((entry) => {
    const { id, purpose } = getTemplate(entry.template);
    const why = `${id}: ${purpose}`;
    const composed = composeRole([entry], { arns, context, mode: params.mode });
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
