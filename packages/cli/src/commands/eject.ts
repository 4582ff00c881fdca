import { resolve } from 'node:path';
import type { CliIo } from '../cli-io.js';
import { planEject } from '../eject/eject-plan.js';
import { ensureEmptyTarget, writeEjectPlan } from '../eject/write-eject-plan.js';
import { UsageError } from '../errors.js';
import { invocationDirectory } from '../invocation-directory.js';
import { parseFlagsAndOperands } from '../parse-flags.js';
import { findWorkspaceFunction } from '../workspace-function.js';

export const ejectHelp = `Usage: blueprints eject <BLUEPRINT_OR_FUNCTION> <DIR> [--name <name>] [--dry-run] [--root <dir>]

Writes a standalone project from a blueprint or a generated function, to live in a repository of its own: its files
(without dist/, cdk.out/, node_modules/), a package.json whose workspace dependencies become ranges of the published
@lambda-blueprints packages, with the scripts build, test, synth, invoke, simulate and check-permissions, and a
tsconfig.json, vitest.config.ts, cdk.json, biome.json and README that need no workspace. It overwrites nothing.

  BLUEPRINT_OR_FUNCTION   a name under blueprints/ or functions/ (sqs, kinesis, ...), or the folder of one
  DIR                     the new project's folder: one that does not exist yet, or an empty one
  --name <name>           the new project's package name (default: the name of DIR)
  --dry-run               list the files it would write, and write nothing
  --root <dir>            the workspace root (default: the nearest pnpm-workspace.yaml)
  -h, --help              this help

Then: cd DIR && pnpm install && pnpm test

Exit codes: 0 written (or listed), 1 the package refers to files of the workspace around it, 2 bad arguments, an
unknown blueprint, or a DIR that is not empty.
`;

const flags = {
  name: { type: 'string' },
  'dry-run': { type: 'boolean' },
  root: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `blueprints eject`: writes (or with --dry-run lists) the standalone project of a blueprint or function. */
export async function ejectCommand(args: readonly string[], io: CliIo): Promise<void> {
  const { values, operands } = parseFlagsAndOperands('eject', args, flags);
  if (values.help) {
    io.stdout(ejectHelp);
    return;
  }
  const [sourceOperand, targetOperand, ...extra] = operands;
  if (sourceOperand === undefined || targetOperand === undefined || extra.length > 0) {
    throw new UsageError(
      `eject takes a blueprint or function and a folder (got ${operands.length} operand(s)): ` +
        'blueprints eject <BLUEPRINT_OR_FUNCTION> <DIR>. Run `blueprints eject --help` for more.',
    );
  }
  const here = invocationDirectory();
  const root = values.root === undefined ? undefined : resolve(here, values.root);
  const source = await findWorkspaceFunction(sourceOperand, here, root);
  const plan = await planEject({
    source: source.directory,
    target: resolve(here, targetOperand),
    name: values.name,
    workspaceRoot: source.workspaceRoot,
  });
  const what = `${plan.sourceName} as ${plan.name}`;
  if (values['dry-run']) {
    await ensureEmptyTarget(plan.target);
    const width = Math.max(...plan.files.map((file) => file.path.length));
    const lines = plan.files.map((file) => `  ${file.path.padEnd(width)}  ${file.origin}`);
    io.stdout(
      `Dry run: nothing written. Would write ${plan.files.length} files to ${plan.target} (${what}):\n${lines.join('\n')}\n`,
    );
    return;
  }
  await writeEjectPlan(plan);
  io.stdout(
    `Ejected ${what} to ${plan.target}: ${plan.files.length} files.\n` +
      `Next: cd ${plan.target} && pnpm install && pnpm test\n`,
  );
}
