import {
  type AwsContext,
  catalog,
  composeRole,
  managedPolicyArn,
  type PolicyStatement,
  type RoleTemplate,
} from '@lambda-blueprints/role-templates';
import { policyValues } from './policy-matching.js';

interface TemplateListing {
  id: string;
  purpose: string;
  managedPolicy: string;
  appliesTo: string;
  impliedBy: string;
  /** One line per statement: `actions on resources`. */
  scoped: string[];
}

/** Composes the template alone, on a placeholder ARN, so the listing shows exactly what a role would get. */
function scopedLines(template: RoleTemplate, partition: string): string[] {
  const context: AwsContext = { partition, region: '<region>', account: '<account>' };
  const entry = template.on === null ? { template: template.id } : { template: template.id, on: 'source' as const };
  const role = composeRole([entry], { arns: { source: `<${template.on}>` }, context });
  return role.policyDocument.Statement.map(
    (statement: PolicyStatement) =>
      `${policyValues(statement.Action).join(', ')} on ${policyValues(statement.Resource).join(', ')}`,
  );
}

function listingOf(template: RoleTemplate, partition: string): TemplateListing {
  return {
    id: template.id,
    purpose: template.purpose,
    managedPolicy:
      template.managedPolicy === null
        ? '(none: AWS has no managed policy)'
        : managedPolicyArn(template.managedPolicy, partition),
    appliesTo: template.on ?? 'the account (no resource)',
    impliedBy: template.impliedBy,
    scoped: scopedLines(template, partition),
  };
}

/** The catalog as plain text, one block per template. */
export function catalogAsText(partition: string): string {
  return catalog
    .map((template) => {
      const listing = listingOf(template, partition);
      return [
        `${listing.id}: ${listing.purpose}`,
        `  managed policy: ${listing.managedPolicy}`,
        `  applies to:     ${listing.appliesTo}`,
        `  implied by:     ${listing.impliedBy}`,
        ...listing.scoped.map((line, index) => `  ${index === 0 ? 'scoped:        ' : '               '} ${line}`),
      ].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

// Placeholders such as <SQS queue> would read as HTML tags in Markdown.
const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The catalog as a Markdown table, for READMEs. */
export function catalogAsMarkdown(partition: string): string {
  const rows = catalog.map((template) => {
    const listing = listingOf(template, partition);
    const scoped = listing.scoped.map((line) => cell(line)).join('<br>');
    return `| \`${listing.id}\` | ${cell(listing.purpose)} | ${cell(listing.managedPolicy)} | ${cell(listing.appliesTo)} | ${cell(listing.impliedBy)} | ${scoped} |`;
  });
  return [
    '| Template | Purpose | Managed policy | Applies to | Implied by | Scoped permissions |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ]
    .join('\n')
    .concat('\n');
}
