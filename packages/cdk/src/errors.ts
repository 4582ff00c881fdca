/** Base class of every error the constructs throw at construction: the props describe something AWS would refuse. */
export class BlueprintConfigurationError extends Error {
  override readonly name: string = 'BlueprintConfigurationError';
}

/** A numeric prop outside the range AWS (or the blueprint's safety rule) accepts. */
export class OutOfRangeError extends BlueprintConfigurationError {
  override readonly name = 'OutOfRangeError';

  constructor(
    readonly prop: string,
    readonly value: number,
    readonly min: number,
    readonly max: number,
    readonly unit: string,
    readonly context?: string,
  ) {
    const where = context === undefined ? '' : ` ${context}`;
    super(
      `${prop} is ${value} ${unit} but must be between ${min} and ${max} ${unit}${where}. ` +
        `Set ${prop} to a value in that range.`,
    );
  }
}

/** A prop that the chosen kind of resource does not support (e.g. a batching window on a FIFO queue). */
export class UnsupportedOptionError extends BlueprintConfigurationError {
  override readonly name = 'UnsupportedOptionError';

  constructor(
    readonly prop: string,
    reason: string,
    remedy: string,
  ) {
    super(`${prop} is not supported: ${reason}. ${remedy}`);
  }
}

/** Two props that cannot be set together, or one that requires another. */
export class ConflictingPropsError extends BlueprintConfigurationError {
  override readonly name = 'ConflictingPropsError';

  constructor(
    readonly props: readonly string[],
    reason: string,
    remedy: string,
  ) {
    super(`${props.join(' and ')}: ${reason}. ${remedy}`);
  }
}

/**
 * The SQS queue's visibility timeout is shorter than AWS recommends for a Lambda source (6 x the function timeout
 * + the batching window): messages would become visible again while still being processed and reach the DLQ early.
 */
export class VisibilityTimeoutTooShortError extends BlueprintConfigurationError {
  override readonly name = 'VisibilityTimeoutTooShortError';

  constructor(
    readonly visibilityTimeoutSeconds: number,
    readonly requiredSeconds: number,
    functionTimeoutSeconds: number,
    batchingWindowSeconds: number,
  ) {
    super(
      `visibilityTimeout is ${visibilityTimeoutSeconds} s but must be at least ${requiredSeconds} s ` +
        `(6 x the function timeout of ${functionTimeoutSeconds} s + the batching window of ${batchingWindowSeconds} s), ` +
        'or messages are delivered again while still in flight and reach the DLQ early. ' +
        `Raise visibilityTimeout to ${requiredSeconds} s or more, or leave it unset to get exactly that.`,
    );
  }
}

/** A stream mapping without an on-failure destination: records that exhaust their retries would be lost silently. */
export class MissingOnFailureDestinationError extends BlueprintConfigurationError {
  override readonly name = 'MissingOnFailureDestinationError';

  constructor(readonly source: string) {
    super(
      `onFailure is missing for the ${source} source: records that exhaust their retries or exceed their maximum age ` +
        'would be discarded and lost without a trace. Leave onFailure unset for an encrypted SQS queue, or pass ' +
        'OnFailureDestination.queue(), .topic() or .bucket().',
    );
  }
}

/** A role template applies to a resource for which the construct has no ARN. */
export class UnresolvedResourceRefError extends BlueprintConfigurationError {
  override readonly name = 'UnresolvedResourceRefError';

  constructor(
    readonly ref: string,
    readonly template: string,
    readonly knownRefs: readonly string[],
  ) {
    super(
      `The role entry "${template}" applies to "${ref}", but this function has no resource "${ref}" ` +
        `(it has: ${knownRefs.join(', ')}). Remove the entry from the role prop, or configure the resource ` +
        '(e.g. keyArn for "source-key", enhancedFanOut for "consumer", a sink with that id for "sink:<id>").',
    );
  }
}

/** The bundle directory does not hold the handler file the function runs. */
export class MissingBundleError extends BlueprintConfigurationError {
  override readonly name = 'MissingBundleError';

  constructor(
    readonly codeDirectory: string,
    readonly expectedFiles: readonly string[],
  ) {
    super(
      `codeDirectory "${codeDirectory}" holds none of ${expectedFiles.join(', ')}. ` +
        "Run the package's build (esbuild to dist/) before synth, or point codeDirectory at the bundle folder.",
    );
  }
}

/** Two sinks with the same id, or sinks and props that set the same environment variable to different values. */
export class ConflictingSinkError extends BlueprintConfigurationError {
  override readonly name = 'ConflictingSinkError';
}

/** An event source given to a second function, or read before it was given to one. */
export class EventSourceBindingError extends BlueprintConfigurationError {
  override readonly name = 'EventSourceBindingError';
}

/** A resource a shared blueprint test needs that the stack under test lacks (see `@lambda-blueprints/cdk/testing`). */
export class MissingStackResourceError extends Error {
  override readonly name = 'MissingStackResourceError';

  constructor(
    readonly resource: string,
    remedy: string,
  ) {
    super(`The stack under test has no ${resource}. ${remedy}`);
  }
}
