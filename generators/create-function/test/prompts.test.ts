import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfigValue } from '../src/config-file.js';
import { CancelledError } from '../src/errors.js';
import { askMissingAnswers } from '../src/prompts.js';
import { ARNS, partialAnswers, validationContext } from './support/answers-factory.js';
import { scriptedAsk } from './support/scripted-ask.js';

const context = validationContext();
const blueprintConfig = (folder: string): string => {
  const blueprint = context.blueprints.find((candidate) => candidate.folder === folder);
  return readFileSync(join(blueprint?.directory ?? '', 'infra', 'config.ts'), 'utf8');
};

describe('askMissingAnswers', () => {
  it('asks every question in order when no flag was given, with a description on every choice', async () => {
    // Prepare
    const ask = scriptedAsk({ 'Function name': 'orders', Blueprint: 'kinesis' });

    // Act
    await askMissingAnswers({ settings: {} }, context, false, ask);

    // Assess
    expect(ask.asked.map((question) => question.message.split(/[:(]/)[0]?.trim())).toEqual([
      'Function name',
      'Blueprint',
      'Source',
      'Extra role templates',
      'Batch size',
      'Batching window',
      'Retries of a failing batch before it goes to the on-failure queue',
      'Record age',
      'Role',
      'Write functions/orders from the kinesis blueprint',
    ]);
    const choices = ask.asked.flatMap((question) => ('choices' in question ? question.choices : []));
    expect(choices.filter((choice) => !/^[\w-]+: \S/.test(choice.name))).toEqual([]);
  });

  it('asks only for what the flags did not give', async () => {
    // Prepare
    const ask = scriptedAsk();
    const given = partialAnswers({
      source: 'new',
      with: ['xray'],
      roleMode: 'scoped',
      settings: { batchSize: 5, batchingWindow: 0, maxReceiveCount: 3, retentionDays: 4 },
    });

    // Act
    const answers = await askMissingAnswers(given, context, false, ask);

    // Assess
    expect(ask.asked.map((question) => question.type)).toEqual(['confirm']);
    expect(answers.settings).toEqual(given.settings);
  });

  it("presets each setting to the blueprint's own value, its safe default", async () => {
    // Prepare
    const ask = scriptedAsk();

    // Act
    const answers = await askMissingAnswers(partialAnswers({ blueprint: 'sqs' }), context, false, ask);

    // Assess
    const batchSize = ask.asked.find((question) => question.message.startsWith('Batch size'));
    const expected = readConfigValue(blueprintConfig('sqs'), 'source.batchSize');
    expect(batchSize?.type === 'input' && batchSize.default).toBe(String(expected));
    expect(answers.settings.batchSize).toBe(expected);
  });

  it('offers enhanced fan-out only for a Kinesis blueprint', async () => {
    // Prepare
    const ask = scriptedAsk();

    // Act
    await askMissingAnswers(partialAnswers({ blueprint: 'sqs' }), context, true, ask);
    await askMissingAnswers(partialAnswers({ blueprint: 'kinesis' }), context, false, ask);

    // Assess
    const offered = ask.asked.flatMap((question) =>
      question.type === 'checkbox' ? [question.choices.map((choice) => choice.value)] : [],
    );
    expect(offered).toEqual([['xray', 'vpc', 'fan-out', 'dynamodb-write', 'sqs-send', 'kinesis-put']]);
  });

  it('checks typed answers with the validation module and shows its message', async () => {
    // Prepare
    const ask = scriptedAsk({ Blueprint: 'sqs', 'Function name': 'orders' });
    await askMissingAnswers({ settings: {} }, context, true, ask);
    const nameQuestion = ask.asked.find((question) => question.message.startsWith('Function name'));

    // Act
    const verdicts =
      nameQuestion?.type === 'input' ? [nameQuestion.validate('Orders'), nameQuestion.validate('orders')] : [];

    // Assess
    expect(verdicts).toEqual([expect.stringContaining('--name "Orders" is not kebab-case'), true]);
  });

  it('asks for the existing source and its key when the source is existing', async () => {
    // Prepare
    const ask = scriptedAsk({ 'ARN of the existing': ARNS.queue, 'ARN of its customer managed KMS key': ARNS.key });

    // Act
    const answers = await askMissingAnswers(partialAnswers({ source: 'existing' }), context, true, ask);

    // Assess
    expect(answers.existingSource).toEqual({ arn: ARNS.queue, keyArn: ARNS.key });
  });

  it('with --yes asks only what has no default: the VPC of --with vpc', async () => {
    // Prepare
    const ask = scriptedAsk({
      'VPC id': 'vpc-0a1b2c3d',
      'Private subnet ids': 'subnet-0a1b2c3d',
      'The availability zone': 'eu-west-1a',
    });

    // Act
    const answers = await askMissingAnswers(partialAnswers({ with: ['vpc'] }), context, true, ask);

    // Assess
    expect(ask.asked.map((question) => question.message)).toEqual([
      'VPC id (vpc-...)',
      'Private subnet ids, comma-separated',
      'The availability zone of each subnet, in the same order',
    ]);
    expect(answers.vpc).toEqual({
      vpcId: 'vpc-0a1b2c3d',
      subnetIds: ['subnet-0a1b2c3d'],
      availabilityZones: ['eu-west-1a'],
    });
  });

  it('writes nothing when the confirmation is declined', async () => {
    // Prepare
    const ask = scriptedAsk({ Write: false });

    // Act
    const asking = askMissingAnswers(
      partialAnswers({ source: 'new', with: [], roleMode: 'scoped' }),
      context,
      false,
      ask,
    );

    // Assess
    await expect(asking).rejects.toBeInstanceOf(CancelledError);
  });
});
