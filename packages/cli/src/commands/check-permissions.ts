import { relative, resolve } from 'node:path';
import type { CliIo } from '../cli-io.js';
import { PermissionCheckFailedError } from '../errors.js';
import { invocationDirectory } from '../invocation-directory.js';
import { parseFlagsAndOperands } from '../parse-flags.js';
import { workspaceFunctionPackages } from '../permission-check/function-package.js';
import { permissionReportText } from '../permission-check/permission-report-text.js';
import { findWorkspaceRoot } from '../workspace-root.js';

export const checkPermissionsHelp = `Usage: blueprints check-permissions [PACKAGE_DIR ...] [--strict] [--cdk-out <dir>] [--root <dir>]

Checks, before deploy, that each function's execution role allows what its code sends with the AWS SDK v3 and what
Lambda needs, and grants nothing more. Reads src/handler.ts and the package files it imports (commands of
@aws-sdk/client-*, the document client of @aws-sdk/lib-dynamodb) and the role of every function that an event source
mapping invokes in cdk.out/*.template.json: run the package's synth first.

  error    missing    an action the code or Lambda needs that the role does not allow, with the template granting it
  error    wildcard   Resource "*" on an action that IAM can scope to resources
  warning  unused     a grant that no code path, event source, logging, tracing, VPC or on-failure destination needs
  warning  unknown    a send the check cannot name (a command chosen at run time), or a role or policy it cannot read

  PACKAGE_DIR      a blueprint or function folder (default: every folder under blueprints/ and functions/)
  --strict         fail on warnings too
  --cdk-out <dir>  where each package's synthesized templates are, relative to it (default: cdk.out)
  --root <dir>     the workspace root, for the default folders (default: the nearest pnpm-workspace.yaml)
  -h, --help       this help

Exit codes: 0 passed, 1 an error was found, 2 bad flags, not a function package, or a package not synthesized.
`;

const flags = {
  strict: { type: 'boolean' },
  'cdk-out': { type: 'string' },
  root: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `blueprints check-permissions`: checks each package, writes warnings to stderr and a line per passing function to
 * stdout, and fails (PermissionCheckFailedError) listing every error.
 */
export async function checkPermissionsCommand(args: readonly string[], io: CliIo): Promise<void> {
  const { values, operands } = parseFlagsAndOperands('check-permissions', args, flags);
  if (values.help) {
    io.stdout(checkPermissionsHelp);
    return;
  }
  // The TypeScript compiler and IAM's service data take a second to load: only this command pays for them.
  const { checkPackagePermissions } = await import('../permission-check/check-package-permissions.js');
  const here = invocationDirectory();
  const directories =
    operands.length > 0
      ? operands.map((operand) => resolve(here, operand))
      : await workspaceFunctionPackages(values.root ?? findWorkspaceRoot(here));
  if (directories.length === 0) {
    io.stdout('No blueprints or functions to check: nothing under blueprints/ or functions/.\n');
    return;
  }
  const errors: string[] = [];
  const failing = new Set<string>();
  for (const directory of directories) {
    const label = relative(here, directory) || '.';
    const report = await checkPackagePermissions(directory, { strict: values.strict, cdkOut: values['cdk-out'] });
    const text = permissionReportText(report, label);
    if (text.warnings.length > 0) io.stderr(`${text.warnings.join('\n')}\n`);
    if (text.passed.length > 0) io.stdout(`${text.passed.join('\n')}\n`);
    if (text.errors.length > 0) failing.add(label);
    errors.push(...text.errors);
  }
  if (errors.length > 0) {
    throw new PermissionCheckFailedError(
      `${errors.join('\n')}\n${errors.length} error(s) in ${failing.size} of ${directories.length} package(s). ` +
        "Fix each package's role (or its code), synth it again and rerun check-permissions.",
    );
  }
}
