import { CancelledError, InvalidInputError } from './errors.js';

export const exitCodes = { ok: 0, failed: 1, badInput: 2, cancelled: 130 } as const;

/** 2 for input to fix (a flag, a name, a missing answer), 130 when cancelled, 1 for anything else. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof InvalidInputError) return exitCodes.badInput;
  if (error instanceof CancelledError) return exitCodes.cancelled;
  // inquirer rejects with an ExitPromptError when Ctrl-C closes a prompt.
  if (error instanceof Error && error.name === 'ExitPromptError') return exitCodes.cancelled;
  return exitCodes.failed;
}
