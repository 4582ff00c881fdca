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
