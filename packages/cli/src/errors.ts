/** Bad command line: an unknown command, flag or value. Exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The license check found packages whose license is copyleft or unknown. Exit code 1. */
export class LicenseCheckFailedError extends Error {
  override readonly name = 'LicenseCheckFailedError';
}

/** The installed dependency tree cannot be read (no node_modules/.pnpm). Exit code 2. */
export class DependencyTreeNotFoundError extends Error {
  override readonly name = 'DependencyTreeNotFoundError';

  constructor(readonly directory: string) {
    super(`No installed dependency tree at ${directory}: run \`pnpm install\` first, or pass --root <workspace root>.`);
  }
}

/** A directory given to check-permissions is not a function package (no package.json or no src/handler.ts). Exit 2. */
export class FunctionPackageNotFoundError extends Error {
  override readonly name = 'FunctionPackageNotFoundError';

  constructor(
    readonly directory: string,
    missing: string,
  ) {
    super(
      `${directory} is not a function package: it has no ${missing}. ` +
        'Pass the folder of a blueprint or a generated function (blueprints/<name>, functions/<name>).',
    );
  }
}

/** A function package has not been synthesized, so its role cannot be read. Exit 2. */
export class SynthesizedTemplateNotFoundError extends Error {
  override readonly name = 'SynthesizedTemplateNotFoundError';

  constructor(
    readonly cdkOut: string,
    packageName: string,
  ) {
    super(
      `No synthesized template (*.template.json) in ${cdkOut}: run \`pnpm --filter ${packageName} synth\` first ` +
        '(the check reads the role from the template).',
    );
  }
}

/** A synthesized template has no Lambda function that an event source mapping invokes. Exit 1. */
export class MappedFunctionNotFoundError extends Error {
  override readonly name = 'MappedFunctionNotFoundError';

  constructor(readonly templates: readonly string[]) {
    super(
      `No AWS::Lambda::Function with an AWS::Lambda::EventSourceMapping in ${templates.join(', ')}. ` +
        'Check the stack creates the function with its event source (BlueprintFunction), then synth again.',
    );
  }
}

/** check-permissions found errors (missing or wildcard grants; with --strict also unused grants and unknown calls). Exit 1. */
export class PermissionCheckFailedError extends Error {
  override readonly name = 'PermissionCheckFailedError';
}

/** A blueprint or function named on the command line (eject, role) that is not in the workspace. Exit 2. */
export class UnknownFunctionError extends Error {
  override readonly name = 'UnknownFunctionError';

  constructor(
    readonly operand: string,
    available: readonly string[],
  ) {
    super(
      `No blueprint or function "${operand}": it is not a package folder, nor a folder or package name under ` +
        `blueprints/ or functions/. Use one of: ${available.join(', ') || '(none found)'}, or the path of a package folder.`,
    );
  }
}

/** `blueprints eject` would write into a folder that already holds files. Exit 2. */
export class EjectTargetNotEmptyError extends Error {
  override readonly name = 'EjectTargetNotEmptyError';

  constructor(readonly directory: string) {
    super(
      `${directory} is not empty: eject writes a whole new project and overwrites nothing. ` +
        'Pass a folder that does not exist yet (or an empty one).',
    );
  }
}

/** A package to eject depends on a workspace package that is not published, so the ejected copy could not install it. Exit 1. */
export class UnpublishedDependencyError extends Error {
  override readonly name = 'UnpublishedDependencyError';

  constructor(
    readonly packageName: string,
    readonly dependency: string,
    readonly specifier: string,
  ) {
    super(
      `${packageName} depends on ${dependency} (${specifier}), which is not a published package of this workspace ` +
        '(a package under packages/ that is not private), so an ejected project could not install it. ' +
        'Drop the dependency, or move the code it needs into a package under packages/.',
    );
  }
}

/** Files of a package to eject refer to the workspace around it, which an ejected project does not have. Exit 1. */
export class WorkspaceReferenceError extends Error {
  override readonly name = 'WorkspaceReferenceError';

  constructor(
    readonly packageName: string,
    readonly references: readonly { file: string; reference: string }[],
  ) {
    super(
      `${packageName} cannot be ejected: its files refer to the workspace around it:\n` +
        references.map(({ file, reference }) => `  ${file}: ${reference}`).join('\n') +
        '\nMake each refer to a file inside the package (or drop it), then eject again.',
    );
  }
}

/** A JSON input (--body, --body-file, --event) cannot be read or is not JSON. Exit code 2. */
export class JsonInputError extends Error {
  override readonly name = 'JsonInputError';

  constructor(
    readonly input: string,
    problem: string,
    advice: string,
  ) {
    super(`${input} ${problem}. ${advice}`);
  }
}

/** A package script that invoke or simulate runs first (build, synth) failed. Exit code 1. */
export class PackageScriptFailedError extends Error {
  override readonly name = 'PackageScriptFailedError';

  constructor(
    readonly script: string,
    readonly directory: string,
    exitCode: number | null,
    output: string,
  ) {
    super(
      `\`pnpm run ${script}\` failed in ${directory} (exit code ${exitCode ?? 'none: killed'}):\n${output.trimEnd()}\n` +
        `Fix what it reports, or run \`pnpm run ${script}\` there yourself, then rerun.`,
    );
  }
}

/** A cloud assembly holds more than one event source mapping and none was named. Exit code 2. */
export class AmbiguousMappingError extends Error {
  override readonly name = 'AmbiguousMappingError';

  constructor(readonly mappings: readonly string[]) {
    super(
      `The synthesized templates have ${mappings.length} event source mappings (${mappings.join(', ')}). ` +
        'Pass --mapping <logical id> to choose one.',
    );
  }
}

/** The function threw or timed out during a local invoke. Exit code 1. */
export class FunctionInvocationFailedError extends Error {
  override readonly name = 'FunctionInvocationFailedError';
}

/** A simulation ended with records neither processed nor in a DLQ or on-failure destination. Exit code 1. */
export class RecordsLostError extends Error {
  override readonly name = 'RecordsLostError';
}

/** A function package whose files lack what `blueprints role` edits (infra/role.ts's list, a readme script). Exit 2. */
export class FunctionPackageShapeError extends Error {
  override readonly name = 'FunctionPackageShapeError';

  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(
      `${file}: ${problem}. Every blueprint of lambda-blueprints (and every function made from one) has it: bring ` +
        'the package back to that shape, or edit its role by hand.',
    );
  }
}

/** `--on` is missing, not needed, or names a resource the role template cannot apply to. Exit 2. */
export class ResourceRefError extends Error {
  override readonly name = 'ResourceRefError';
}

/** `blueprints role remove` names a template the role does not list. Exit 2. */
export class RoleEntryNotFoundError extends Error {
  override readonly name = 'RoleEntryNotFoundError';

  constructor(
    readonly entry: string,
    listed: readonly string[],
  ) {
    super(`The role does not list ${entry}, so there is nothing to remove. It lists: ${listed.join(', ')}.`);
  }
}

/** `blueprints role remove` of an entry the function cannot work without. Exit 2. */
export class ProtectedRoleEntryError extends Error {
  override readonly name = 'ProtectedRoleEntryError';

  constructor(
    readonly entry: string,
    reason: string,
  ) {
    super(`Refusing to remove ${entry}: ${reason}. Every function keeps it: leave it in infra/role.ts.`);
  }
}
