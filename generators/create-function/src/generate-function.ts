import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { README_SCRIPT } from '@lambda-blueprints/cli';
import nodePlop from 'node-plop';
import { withDefaults } from './answer-defaults.js';
import type { FunctionAnswers } from './answers.js';
import type { CreateFunctionOptions, CreateFunctionResult } from './create-function.js';
import { ScaffoldFailedError } from './errors.js';
import { checkGeneratedFunction } from './function-checks.js';
import { type FunctionPlan, planFunction } from './function-plan.js';
import { writeThroughStaging } from './function-staging.js';
import plopfile, { GENERATOR } from './plopfile.js';
import type { PnpmCommand } from './pnpm-command.js';
import { withProgress } from './progress-line.js';
import { rolePreview } from './role-preview.js';
import { checkBlueprint, type ValidationContext, validateAnswers } from './validation.js';
import { linkWorkspace } from './workspace-link.js';

const listing = (plan: FunctionPlan): string =>
  [...plan.files.keys()]
    .sort()
    .map((path) => `  ${join(plan.directory, path)}`)
    .join('\n');

function nextCommands(answers: FunctionAnswers): string {
  return [
    'Next:',
    `  pnpm --filter ${answers.name} test     # build, then the handler, infra and integration tests`,
    `  pnpm --filter ${answers.name} synth    # the CloudFormation template, offline`,
    `  pnpm blueprints invoke functions/${answers.name}   # its bundle once, with one of its events/*.json`,
    `  (the role: functions/${answers.name}/infra/role.ts; the settings: infra/config.ts)`,
    '',
  ].join('\n');
}

/** The steps after the given answers passed validation: prompts, plan, dry run or write, link, check. */
export async function generateFunction(
  options: CreateFunctionOptions,
  context: ValidationContext,
): Promise<CreateFunctionResult> {
  const { workspaceRoot, output } = options;
  const yes = options.yes ?? false;
  const plan = (answers: FunctionAnswers): FunctionPlan =>
    planFunction(answers, checkBlueprint(answers.blueprint, context.blueprints), workspaceRoot);
  const setup = { given: options.answers, context, yes, plan };

  let answers: FunctionAnswers;
  if (options.interactive) {
    const asking = await nodePlop('', { destBasePath: workspaceRoot, force: false });
    plopfile(asking, { ...setup, confirm: !yes && !options.dryRun });
    answers = (await asking.getGenerator(GENERATOR).runPrompts()) as FunctionAnswers;
  } else {
    const { name = '', blueprint = '' } = options.answers;
    answers = withDefaults({ ...options.answers, name, blueprint }, checkBlueprint(blueprint, context.blueprints));
  }
  validateAnswers(answers, context);
  const blueprint = checkBlueprint(answers.blueprint, context.blueprints);
  const planned = plan(answers);
  const role = JSON.stringify(rolePreview(answers, blueprint, planned.role), null, 2);

  if (options.dryRun) {
    output.write(`Dry run: nothing written. Would write ${planned.files.size} files:\n${listing(planned)}\n`);
    output.write(`Role (infra/role.ts: ${planned.role.map((entry) => entry.template).join(', ')}):\n${role}\n`);
    return { answers, plan: planned, directory: undefined };
  }

  const directory = await writeThroughStaging(workspaceRoot, answers.name, async (staging) => {
    // plop writes relative to its destBasePath, fixed when it is made: this instance writes into the staging folder.
    const writer = await nodePlop('', { destBasePath: staging, force: false });
    plopfile(writer, { ...setup, confirm: false });
    const { failures } = await writer.getGenerator(GENERATOR).runActions(answers);
    if (failures.length > 0) {
      const reasons = failures.map((failure) => (failure instanceof Error ? failure.message : failure.error));
      throw new ScaffoldFailedError(`Writing the function failed, so nothing was written: ${reasons.join('; ')}`);
    }
  });
  output.write(
    `Wrote ${planned.directory} (${planned.files.size} files) from ${blueprint.packageName} ${blueprint.version}.\n`,
  );

  if (options.link ?? true) {
    const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { scripts?: object };
    const afterwards: PnpmCommand[] =
      README_SCRIPT in (manifest.scripts ?? {}) ? [{ args: ['run', '--silent', README_SCRIPT], cwd: directory }] : [];
    await withProgress(output, 'Linking it into the workspace from the local pnpm store', () =>
      linkWorkspace(workspaceRoot, directory, afterwards, blueprint.directory),
    );
    if (options.check ?? true) await checkGeneratedFunction(answers.name, directory, output);
  }
  if (answers.roleArn !== undefined) {
    output.write(
      `It runs as ${answers.roleArn}, which must hold this policy (and trust lambda.amazonaws.com):\n${role}\n`,
    );
  }
  output.write(nextCommands(answers));
  return { answers, plan: planned, directory };
}
