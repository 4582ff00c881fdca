/** The environment variable that names a sink's target is not set: the stack sets it, tests set it in their setup. */
export class MissingSinkVariableError extends Error {
  override readonly name = 'MissingSinkVariableError';

  constructor(readonly variable: string) {
    super(
      `Environment variable ${variable} is not set, so the function does not know where to write. ` +
        'Deploy with the stack of infra/stack.ts (it sets the variable), or set it when running the handler locally.',
    );
  }
}

/** A sink target's ARN without the resource name the function needs (a table or stream name). */
export class InvalidSinkArnError extends Error {
  override readonly name = 'InvalidSinkArnError';

  constructor(
    readonly arn: string,
    expected: string,
  ) {
    super(`"${arn}" is not ${expected}. Put the target's full ARN in infra/config.ts (sinks).`);
  }
}
