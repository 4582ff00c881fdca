/** Something the user typed or chose cannot be used: fix the command and run it again (exit code 2). */
export class InvalidInputError extends Error {
  override readonly name: string = 'InvalidInputError';

  /** The flag the problem is about (`--name`), when there is one. */
  readonly flag: string | undefined;

  constructor(message: string, flag?: string) {
    super(message);
    this.flag = flag;
  }
}

/** A flag's value is not valid: the message names the flag, what was wrong, and what it accepts. */
export class InvalidFlagError extends InvalidInputError {
  override readonly name = 'InvalidFlagError';
}

/** Without a terminal there is nobody to ask: a required answer must come as a flag. */
export class MissingFlagError extends InvalidInputError {
  override readonly name = 'MissingFlagError';

  constructor(flag: string, what: string) {
    super(
      `Missing ${flag}: ${what}. Without a terminal (stdin is not a TTY) nothing is asked, so pass ${flag} ` +
        '(`pnpm create-function --help` lists every flag).',
      flag,
    );
  }
}

/** functions/<name> is there already: the generator never overwrites. */
export class FunctionExistsError extends InvalidInputError {
  override readonly name = 'FunctionExistsError';

  constructor(
    readonly functionName: string,
    readonly directory: string,
  ) {
    super(
      `${directory} exists already, and create-function never overwrites. Choose another --name, ` +
        'or remove that folder first.',
      '--name',
    );
  }
}

/** A blueprint folder whose files do not have the shape the generator edits (a missing config field, a handler without handleRecord). */
export class BlueprintShapeError extends Error {
  override readonly name = 'BlueprintShapeError';

  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(
      `${file}: ${problem}. The generator edits blueprints of the shape described in generators/create-function/README.md; ` +
        'bring the blueprint back to it.',
    );
  }
}

/** Writing the function failed (a plop action failed); nothing was left behind. */
export class ScaffoldFailedError extends Error {
  override readonly name = 'ScaffoldFailedError';
}

/** `pnpm install` could not link the new function; the function folder was removed and pnpm-lock.yaml restored. */
export class LinkFailedError extends Error {
  override readonly name = 'LinkFailedError';

  constructor(
    readonly command: string,
    readonly output: string,
  ) {
    super(
      `Linking the new function into the workspace failed (${command}), so it was removed again and pnpm-lock.yaml ` +
        `restored. Fix what pnpm reports below, then run create-function again.\n${output}`,
    );
  }
}

/** No pnpm-workspace.yaml above the directory the generator was started in. */
export class WorkspaceNotFoundError extends Error {
  override readonly name = 'WorkspaceNotFoundError';

  constructor(readonly start: string) {
    super(
      `No pnpm-workspace.yaml at or above ${start}: run pnpm create-function inside the lambda-blueprints workspace.`,
    );
  }
}

/** The user declined the confirmation (or pressed Ctrl-C at a prompt): nothing was written (exit code 130). */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';

  constructor() {
    super('Cancelled: nothing was written.');
  }
}

/** The new function's synth failed after it was written and linked; the function stays (it is the user's code now). */
export class SynthFailedError extends Error {
  override readonly name = 'SynthFailedError';

  constructor(
    readonly functionName: string,
    readonly output: string,
  ) {
    super(
      `functions/${functionName} was written and linked, but its synth failed, so its permissions were not checked. ` +
        `Fix what the synth reports below, then run \`pnpm --filter ${functionName} synth\` and ` +
        `\`pnpm --filter ${functionName} check-permissions\`.\n${output}`,
    );
  }
}

/** The new function's role does not match what its code and event source need (strict check-permissions). */
export class FunctionPermissionsError extends Error {
  override readonly name = 'FunctionPermissionsError';

  constructor(
    readonly functionName: string,
    readonly findings: string,
  ) {
    super(
      `functions/${functionName} was written and linked, but its permission check failed:\n${findings}\n` +
        `The function stays: fix its role (functions/${functionName}/infra/role.ts) or its code as each line says, ` +
        `then run \`pnpm --filter ${functionName} synth\` and \`pnpm --filter ${functionName} check-permissions\`.`,
    );
  }
}
