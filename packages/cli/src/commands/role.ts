import { join, relative, resolve } from 'node:path';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../errors.js';
import { invocationDirectory } from '../invocation-directory.js';
import { parseFlagsAndOperands } from '../parse-flags.js';
import { README_SCRIPT, readFunctionRole, writeFunctionRole } from '../role-file/function-role.js';
import { roleWithEntryAdded, roleWithEntryRemoved } from '../role-file/role-changes.js';
import { ROLE_FILE, roleEntrySource, roleFileWith } from '../role-file/role-file.js';
import { findWorkspaceFunction } from '../workspace-function.js';

export const roleHelp = `Usage: blueprints role add <FUNCTION> <TEMPLATE> [--on <resource>] [--dry-run] [--root <dir>]
       blueprints role remove <FUNCTION> <TEMPLATE> [--on <resource>] [--dry-run] [--root <dir>]

Adds a role template to a function's execution role, or removes one. It edits ${ROLE_FILE}, the one place the role is
written (one entry per line), and the "blueprint" templates of package.json, then runs the package's ${README_SCRIPT}
script, which rewrites the README permissions table. The next synth creates the role from the new list.

  FUNCTION          a package folder, or the folder or package name of one under blueprints/ or functions/
  TEMPLATE          a role template id: \`blueprints roles --list\` prints the catalog
  --on <resource>   what the template applies to, for a template that applies to a resource: log-group, source,
                    source-key, consumer, on-failure, on-failure-key, or sink:<id> (a sink of infra/config.ts).
                    With remove, needed only when the template is listed on several resources
  --dry-run         print the new ${ROLE_FILE}, and write nothing
  --root <dir>      the workspace root (default: the nearest pnpm-workspace.yaml)
  -h, --help        this help

Adding an entry the role lists already changes nothing. basic-execution (the function's logs) and the template that
reads the function's source cannot be removed.

Exit codes: 0 changed (or nothing to change), 1 the ${README_SCRIPT} script failed, 2 bad arguments, an unknown function
or template, an --on that does not fit the template, an entry that is not listed or cannot be removed.
`;

const flags = {
  on: { type: 'string' },
  'dry-run': { type: 'boolean' },
  root: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const changes = { add: roleWithEntryAdded, remove: roleWithEntryRemoved } as const;

const isAction = (value: string | undefined): value is keyof typeof changes => value === 'add' || value === 'remove';

/** `blueprints role add|remove`: changes one entry of a function's infra/role.ts and what follows from it. */
export async function roleCommand(args: readonly string[], io: CliIo): Promise<void> {
  const { values, operands } = parseFlagsAndOperands('role', args, flags);
  if (values.help) {
    io.stdout(roleHelp);
    return;
  }
  const [action, functionOperand, templateId, ...extra] = operands;
  if (!isAction(action) || functionOperand === undefined || templateId === undefined || extra.length > 0) {
    throw new UsageError(
      `role takes add or remove, a function and a template (got: ${operands.join(' ') || 'nothing'}): ` +
        'blueprints role add|remove <FUNCTION> <TEMPLATE> [--on <resource>]. Run `blueprints role --help` for more.',
    );
  }
  const here = invocationDirectory();
  const root = values.root === undefined ? undefined : resolve(here, values.root);
  const { directory, workspaceRoot } = await findWorkspaceFunction(functionOperand, here, root);
  const current = readFunctionRole(directory);
  const change = changes[action](current.entries, current.source, templateId, values.on);
  const roleFile = relative(workspaceRoot, join(directory, ROLE_FILE));
  const entry = roleEntrySource(change.entry);

  if (!change.changed) {
    io.stdout(`${roleFile} lists ${entry} already: nothing changed.\n`);
    return;
  }
  if (values['dry-run']) {
    const text = roleFileWith(current.roleFileText, change.role);
    io.stdout(`Dry run: nothing written. ${roleFile} would be:\n${text}`);
    return;
  }
  writeFunctionRole(directory, change.role);
  io.stdout(
    `${action === 'add' ? 'Added' : 'Removed'} ${entry} ${action === 'add' ? 'to' : 'from'} ${roleFile}, ` +
      `updated the templates of package.json and the README permissions table (pnpm run ${README_SCRIPT}).\n` +
      `Next: pnpm --filter ${current.packageName} synth   # the role from the new list\n`,
  );
}
