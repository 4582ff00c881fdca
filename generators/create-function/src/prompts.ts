import { isInRange } from '@lambda-blueprints/cdk/limits';
import { blueprintSettings, withDefaults } from './answer-defaults.js';
import {
  type ExistingSource,
  type FunctionAnswers,
  type PartialAnswers,
  type VpcAnswer,
  type WithChoice,
  withChoiceNames,
  withChoices,
} from './answers.js';
import type { BlueprintInfo } from './blueprint-catalog.js';
import { CancelledError, InvalidInputError } from './errors.js';
import { batchSizeRange, settingsFor } from './source-settings.js';
import {
  availabilityZonePattern,
  checkArn,
  checkBlueprint,
  checkName,
  checkVpcId,
  parseIdList,
  parseWholeNumber,
  sourceArnKinds,
  subnetIdPattern,
  type ValidationContext,
} from './validation.js';

/** A choice of a list or checkbox: what is returned, and the line shown (with its description). */
export interface PromptChoice {
  value: string;
  name: string;
}

/** One question, in the shape inquirer (through node-plop) asks it. */
export type Question =
  | { type: 'input'; message: string; default?: string; validate: (value: string) => true | string }
  | { type: 'list'; message: string; choices: PromptChoice[]; default?: string }
  | { type: 'checkbox'; message: string; choices: PromptChoice[] }
  | { type: 'confirm'; message: string; default: boolean };

/** Asks one question and returns the answer (a string, a list of values, or a boolean). */
export type Ask = (question: Question) => Promise<unknown>;

/** A validate function for inquirer: true, or the validation error's message to show under the prompt. */
const validator =
  (check: (value: string) => unknown) =>
  (value: string): true | string => {
    try {
      check(value.trim());
      return true;
    } catch (error) {
      if (error instanceof InvalidInputError) return error.message;
      throw error;
    }
  };

async function askText(
  ask: Ask,
  message: string,
  check: (value: string) => unknown,
  fallback?: string,
): Promise<string> {
  const answer = await ask({ type: 'input', message, validate: validator(check), default: fallback });
  return String(answer).trim();
}

async function askExistingSource(ask: Ask, blueprint: BlueprintInfo): Promise<ExistingSource> {
  const kind = sourceArnKinds[blueprint.source];
  const arn = await askText(ask, `ARN of the existing ${blueprint.source} source`, (value) =>
    checkArn(kind, value, '--source-arn'),
  );
  const key = await askText(ask, 'ARN of its customer managed KMS key (empty if none)', (value) =>
    value === '' ? value : checkArn('kms-key', value, '--source-key-arn'),
  );
  return { arn, keyArn: key === '' ? undefined : key };
}

async function askVpc(ask: Ask): Promise<VpcAnswer> {
  const vpcId = await askText(ask, 'VPC id (vpc-...)', checkVpcId);
  const subnets = await askText(ask, 'Private subnet ids, comma-separated', (value) =>
    parseIdList(value, '--subnet-ids', subnetIdPattern, 'subnet-0a1b2c3d4e5f67890'),
  );
  const zones = await askText(ask, 'The availability zone of each subnet, in the same order', (value) =>
    parseIdList(value, '--availability-zones', availabilityZonePattern, 'eu-west-1a'),
  );
  return {
    vpcId,
    subnetIds: parseIdList(subnets, '--subnet-ids', subnetIdPattern, ''),
    availabilityZones: parseIdList(zones, '--availability-zones', availabilityZonePattern, ''),
  };
}

const withChoicesFor = (blueprint: BlueprintInfo): PromptChoice[] =>
  withChoiceNames
    .filter((choice) => choice !== 'fan-out' || blueprint.source === 'kinesis')
    .map((choice) => ({ value: choice, name: `${choice}: ${withChoices[choice]}` }));

/**
 * Asks, in order, for every answer the flags did not give: name -> blueprint -> new or existing source -> extra
 * role templates -> the VPC when chosen -> the source's settings (the blueprint's safe defaults preset) -> role mode
 * -> confirm.
 * With `yes` only what has no default is asked. Unless `confirm` is false (`yes`, a dry run), a declined
 * confirmation throws CancelledError. Each answer is validated as it is typed, by the validation module.
 */
export async function askMissingAnswers(
  given: PartialAnswers,
  context: ValidationContext,
  yes: boolean,
  ask: Ask,
  confirm = !yes,
): Promise<FunctionAnswers> {
  const answers: PartialAnswers = { ...given, settings: { ...given.settings } };
  const name = answers.name ?? (await askText(ask, 'Function name (kebab-case)', (value) => checkName(value, context)));
  const blueprintFolder =
    answers.blueprint ??
    String(
      await ask({
        type: 'list',
        message: 'Blueprint',
        choices: context.blueprints.map((blueprint) => ({
          value: blueprint.folder,
          name: `${blueprint.folder}: ${blueprint.description}`,
        })),
      }),
    );
  const blueprint = checkBlueprint(blueprintFolder, context.blueprints);

  if (
    answers.existingSource === undefined &&
    (answers.source === 'existing' || (!yes && answers.source === undefined))
  ) {
    const mode =
      answers.source ??
      (await ask({
        type: 'list',
        message: 'Source',
        choices: [
          { value: 'new', name: `new: the stack creates the ${blueprint.source} source` },
          { value: 'existing', name: 'existing: read a source that exists already (by its ARN)' },
        ],
        default: 'new',
      }));
    if (mode === 'existing') answers.existingSource = await askExistingSource(ask, blueprint);
  }

  if (answers.with === undefined && !yes) {
    const chosen = await ask({
      type: 'checkbox',
      message: 'Extra role templates (one or more; space to select, enter when done)',
      choices: withChoicesFor(blueprint),
    });
    answers.with = (chosen as WithChoice[]).filter((choice) => withChoiceNames.includes(choice));
  }
  if ((answers.with ?? []).includes('vpc') && answers.vpc === undefined) answers.vpc = await askVpc(ask);

  if (!yes) {
    const defaults = blueprintSettings(blueprint, answers.existingSource !== undefined);
    for (const spec of settingsFor(blueprint.source, answers.existingSource !== undefined)) {
      if (answers.settings[spec.id] !== undefined) continue;
      const value = await askText(
        ask,
        spec.message,
        (text) => {
          const number = parseWholeNumber(text, spec.flag);
          const { range } =
            spec.id === 'batchSize'
              ? batchSizeRange(blueprint.source, { ...answers.settings, batchSize: number })
              : { range: spec.range };
          if (!isInRange(number, range)) {
            throw new InvalidInputError(`Enter a whole number from ${range.min} to ${range.max} ${range.unit}.`);
          }
        },
        String(defaults[spec.id] ?? ''),
      );
      answers.settings[spec.id] = parseWholeNumber(value, spec.flag);
    }
  }

  if (answers.roleMode === undefined && answers.roleArn === undefined && !yes) {
    const mode = await ask({
      type: 'list',
      message: 'Role',
      choices: [
        { value: 'scoped', name: "scoped: least-privilege statements on the function's own resources (default)" },
        { value: 'managed', name: 'managed: the AWS managed policies the Lambda guide names' },
        { value: 'existing', name: 'existing: run as a role that exists already (its required policy is printed)' },
      ],
      default: 'scoped',
    });
    if (mode === 'existing') {
      answers.roleArn = await askText(ask, 'ARN of the existing role', (value) =>
        checkArn('iam-role', value, '--role-arn'),
      );
    } else {
      answers.roleMode = mode === 'managed' ? 'managed' : 'scoped';
    }
  }
  const complete = withDefaults({ ...answers, name, blueprint: blueprint.folder }, blueprint);
  if (confirm) {
    const options = complete.with.length === 0 ? 'no extra templates' : complete.with.join(', ');
    const confirmed = await ask({
      type: 'confirm',
      message: `Write functions/${name} from the ${blueprint.folder} blueprint (${options}, ${complete.roleArn ?? `${complete.roleMode} role`})?`,
      default: true,
    });
    if (confirmed !== true) throw new CancelledError();
  }
  return complete;
}
