import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ActionType, NodePlopAPI } from 'node-plop';
import type { FunctionAnswers, PartialAnswers } from './answers.js';
import type { FunctionPlan } from './function-plan.js';
import { type Ask, askMissingAnswers, type Question } from './prompts.js';
import type { ValidationContext } from './validation.js';

/** The name of the generator the plopfile registers. */
export const GENERATOR = 'function';

/** What the generator needs besides plop: the answers given as flags, and how to plan the files. */
export interface GeneratorSetup {
  given: PartialAnswers;
  context: ValidationContext;
  yes: boolean;
  /** Ask to confirm before writing (not with --yes, nor for a dry run). */
  confirm: boolean;
  plan: (answers: FunctionAnswers) => FunctionPlan;
}

/** inquirer (as node-plop hands it to a prompts function) asking one question at a time. */
type Inquirer = { prompt: (questions: object[]) => Promise<Record<string, unknown>> };

// Once answered, a choice shows as its value alone (`kinesis`), not with its description.
const askWith =
  (inquirer: Inquirer): Ask =>
  async (question: Question) => {
    const choices = 'choices' in question ? question.choices.map((choice) => ({ ...choice, short: choice.value })) : [];
    return (await inquirer.prompt([{ ...question, ...(choices.length > 0 && { choices }), name: 'answer' }])).answer;
  };

/**
 * Registers the `function` generator: its prompts ask what the flags did not give; its actions write each planned
 * file under the destination (plop's destBasePath, a staging folder) with a `write-file` action that refuses to
 * overwrite anything.
 */
export default function plopfile(plop: NodePlopAPI, setup: GeneratorSetup): void {
  plop.setActionType('write-file', (_answers, config) => {
    const path = join(plop.getDestBasePath(), String(config.path));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, config.content as Buffer, { flag: 'wx' });
    return String(config.path);
  });
  plop.setGenerator(GENERATOR, {
    description: 'A Lambda function from a blueprint, with its role templates applied',
    prompts: (inquirer) =>
      askMissingAnswers(setup.given, setup.context, setup.yes, askWith(inquirer as Inquirer), setup.confirm),
    actions: (answers): ActionType[] => {
      const { directory, files } = setup.plan(answers as FunctionAnswers);
      const name = directory.split('/').at(-1) ?? directory;
      return [...files].map(([path, content]) => ({ type: 'write-file', path: join(name, path), content }));
    },
  });
}
