import type { FunctionAnswers, PartialAnswers } from './answers.js';
import { MissingFlagError } from './errors.js';
import type { FunctionPlan } from './function-plan.js';
import { firstMissingAnswer } from './missing-answer.js';
import type { ProgressOutput } from './progress-line.js';
import { validateAnswers } from './validation.js';
import { workspaceContext } from './workspace-context.js';

/** How to run one scaffold: what the flags gave, and where and how to write. */
export interface CreateFunctionOptions {
  workspaceRoot: string;
  answers: PartialAnswers;
  /** Take the defaults of what is not given and do not ask to confirm. */
  yes?: boolean;
  /** Print what would be written and write nothing. */
  dryRun?: boolean;
  /** Ask for missing answers (only when stdin is a terminal); otherwise a missing one is a MissingFlagError. */
  interactive?: boolean;
  /** Run `pnpm install` (and the new package's readme script) after writing. @default true */
  link?: boolean;
  /** After linking, synthesize the function and check its permissions (strict); a failed check throws. @default true */
  check?: boolean;
  /** Where messages and progress go. */
  output: ProgressOutput;
}

/** What a scaffold did (or, with dryRun, would do). */
export interface CreateFunctionResult {
  answers: FunctionAnswers;
  plan: FunctionPlan;
  /** The absolute path of functions/<name>, undefined for a dry run. */
  directory: string | undefined;
}

/**
 * The whole scaffold, as `pnpm create-function` runs it: validates every answer given, asks for the missing ones (or
 * refuses naming their flag), plans the files, then (unless dryRun) writes them through plop into a staging folder,
 * moves the folder into functions/<name> in one rename, and links the workspace; on any failure nothing stays behind.
 * Then (unless check is false) it synthesizes the new function and checks its permissions: a failed check leaves the
 * function in place (it is the user's code) and throws.
 */
export async function createFunction(options: CreateFunctionOptions): Promise<CreateFunctionResult> {
  const context = workspaceContext(options.workspaceRoot);
  validateAnswers(options.answers, context);
  if (!options.interactive) {
    const missing = firstMissingAnswer(options.answers, (options.yes ?? false) || (options.dryRun ?? false));
    if (missing !== undefined) throw new MissingFlagError(missing.flag, missing.what);
  }
  // node-plop and TypeScript (for the source edits) take a second to load: only for answers that passed the checks.
  const { generateFunction } = await import('./generate-function.js');
  return generateFunction(options, context);
}
