import { roleSpecFor } from '@lambda-blueprints/role-templates';
import { catalogAsMarkdown } from './catalog-listing.js';
import { onFailureKinds, withOptions } from './role-flags.js';

/** Where the repository keeps the catalog document, and the command that writes it. */
export const catalogDocumentPath = 'docs/role-templates.md';
export const catalogDocumentCommand = `pnpm blueprints roles --list --write ${catalogDocumentPath}`;

/** The template each `--on-failure` kind adds, read from the role composition itself. */
const onFailureTemplate = (kind: (typeof onFailureKinds)[number]): string =>
  roleSpecFor('kinesis', { onFailure: kind })
    .filter((entry) => entry.on === 'on-failure')
    .map((entry) => `\`${entry.template}\``)
    .join(', ');

function optionsTable(): string[] {
  const withRows = Object.entries(withOptions).map(
    ([name, { option, template, help }]) => `| \`${option}\` | \`--with ${name}\` | \`${template}\` | ${help} |`,
  );
  const onFailureRows = onFailureKinds.map(
    (kind) =>
      `| \`onFailure: '${kind}'\` | \`--on-failure ${kind}\` | ${onFailureTemplate(kind)} | the stream's on-failure destination |`,
  );
  return [
    '| Option (`RoleOptions`) | `blueprints roles` flag | Adds | When |',
    '| --- | --- | --- | --- |',
    ...withRows,
    ...onFailureRows,
  ];
}

/** docs/role-templates.md: the catalog table and the options that imply templates, generated from the catalog. */
export function catalogDocument(partition: string): string {
  return [
    '# Role templates',
    '',
    '<!-- Generated from the role-templates catalog: do not edit. -->',
    '',
    'Every permission set a function execution role is made of, from `@lambda-blueprints/role-templates`: what it is',
    'for, the AWS managed policy it stands for (`--mode managed`), and the least-privilege statements it grants',
    "instead by default (`scoped`), on the resource it applies to. A function's role is a list of these templates in",
    'its `infra/role.ts`; `pnpm blueprints roles` prints a composed role as IAM JSON, and',
    '`pnpm blueprints check-permissions` checks a synthesized role against what the function code calls.',
    '',
    `Regenerate after changing the catalog: \`${catalogDocumentCommand}\` (a test fails while this file is stale).`,
    '',
    '## Templates',
    '',
    catalogAsMarkdown(partition).trimEnd(),
    '',
    '## Options that add templates',
    '',
    'Every role gets `basic-execution` on its log group and the read template of its event source; these options add',
    'the others (the sinks of a function, the services its code writes to, add their template on `sink:<id>`).',
    '',
    ...optionsTable(),
    '',
  ].join('\n');
}
