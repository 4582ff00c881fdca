import type { PartialAnswers } from './answers.js';

/** An answer nothing can default: its flag, and what it is (for the error and the help). */
export interface RequiredAnswer {
  flag: `--${string}`;
  what: string;
}

/** The first answer that has no default and is not given (the confirmation counts unless --yes). */
export function firstMissingAnswer(answers: PartialAnswers, yes: boolean): RequiredAnswer | undefined {
  if (answers.name === undefined) return { flag: '--name', what: 'the function name (kebab-case)' };
  if (answers.blueprint === undefined) return { flag: '--blueprint', what: 'the blueprint to start from' };
  if (answers.source === 'existing' && answers.existingSource === undefined) {
    return { flag: '--source-arn', what: 'the ARN of the existing source to read' };
  }
  if ((answers.with ?? []).includes('vpc') && answers.vpc === undefined) {
    return { flag: '--vpc-id', what: 'the VPC (with --subnet-ids and --availability-zones) for --with vpc' };
  }
  if (!yes) return { flag: '--yes', what: 'the confirmation to write the function' };
  return undefined;
}
