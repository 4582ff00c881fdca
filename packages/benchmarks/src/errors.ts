/** A probe process (a fresh `node` that loads one handler bundle) exited without writing its result. */
export class ProbeFailedError extends Error {
  override readonly name = 'ProbeFailedError';

  constructor(probe: string, probeArguments: readonly string[], status: number | null, stderr: string) {
    super(
      `The ${probe} probe (${probeArguments.join(' ')}) exited with ${status ?? 'a signal'}: ` +
        `${stderr.trim() || '(it printed nothing)'}. Invoke that handler with the same event ` +
        '(pnpm blueprints invoke) to see why it fails, and fix it or its bench contender.',
    );
  }
}

/** A command the bench runs (pnpm, turbo, git) failed. */
export class CommandFailedError extends Error {
  override readonly name = 'CommandFailedError';

  constructor(command: string, cwd: string, status: number | null, output: string) {
    // The end of the output is where build tools say what went wrong.
    const tail = output.trim().split('\n').slice(-40).join('\n');
    super(
      `\`${command}\` failed in ${cwd} with ${status ?? 'a signal'}:\n${tail}\n` +
        'Run the same command there to see the whole output; the bench needs it to pass before it can time it.',
    );
  }
}

/** A function of a workspace copy depends on what no package of the workspace locks: linking it needs the registry. */
export class UnlockableFunctionError extends Error {
  override readonly name = 'UnlockableFunctionError';

  constructor(root: string) {
    super(
      `A function under ${root}/functions depends on a version no package of the workspace's pnpm-lock.yaml locks, ` +
        'so linking it would need the registry, which the bench never asks. Give it the versions the blueprints use.',
    );
  }
}

/** `pnpm bench` was given an argument it does not know. */
export class InvalidBenchArgumentError extends Error {
  override readonly name = 'InvalidBenchArgumentError';
}

/** A contender reports other batch item failures than the blueprint: it no longer does the same work. */
export class ContendersDisagreeError extends Error {
  override readonly name = 'ContendersDisagreeError';
}

/** A sample event cannot be repeated into a larger batch (no records, or records of an unknown source). */
export class UnscalableEventError extends Error {
  override readonly name = 'UnscalableEventError';
}

/** The handler a probe measures does not export a handler, or fails records of an event where all are valid. */
export class HandlerUnderTestError extends Error {
  override readonly name = 'HandlerUnderTestError';
}

/** A record of a hand-written contender loop does not match its schema: the loop reports it as a failure. */
export class RecordRejectedError extends Error {
  override readonly name = 'RecordRejectedError';
}
