import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../src/errors.js';
import { helpText, parseFlags } from '../src/flags.js';
import { ARNS, validationContext } from './support/answers-factory.js';

describe('parseFlags', () => {
  it('turns every flag into the typed answers', () => {
    // Act
    const parsed = parseFlags([
      '--name',
      'orders',
      '--blueprint',
      'sqs',
      '--with',
      'xray, vpc,sqs-send',
      '--source-arn',
      ARNS.queue,
      '--source-key-arn',
      ARNS.key,
      '--vpc-id',
      'vpc-0a1b2c3d',
      '--subnet-ids',
      'subnet-0a1b2c3d',
      '--availability-zones',
      'eu-west-1a',
      '--sink-queue-arn',
      ARNS.queue,
      '--batch-size',
      '100',
      '--batching-window',
      '5',
      '--role-arn',
      ARNS.role,
      '--yes',
      '--dry-run',
      '--skip-checks',
    ]);

    // Assess
    expect(parsed).toEqual({
      answers: {
        name: 'orders',
        blueprint: 'sqs',
        source: 'existing',
        existingSource: { arn: ARNS.queue, keyArn: ARNS.key },
        with: ['xray', 'vpc', 'sqs-send'],
        vpc: { vpcId: 'vpc-0a1b2c3d', subnetIds: ['subnet-0a1b2c3d'], availabilityZones: ['eu-west-1a'] },
        sinkArns: { 'sqs-send': ARNS.queue },
        settings: { batchSize: 100, batchingWindow: 5 },
        roleArn: ARNS.role,
      },
      yes: true,
      dryRun: true,
      skipChecks: true,
      help: false,
    });
  });

  it.each([
    [['--nmae', 'orders'], "Unknown option '--nmae'"],
    [['--with', 'xray,tracing'], 'Unknown --with "tracing". Use none, or one or more of: xray, vpc, fan-out'],
    [['--batch-size', 'ten'], '--batch-size "ten" is not a whole number'],
    [['--role-mode', 'admin'], 'Unknown --role-mode "admin". Use one of: scoped, managed.'],
    [['--source', 'new', '--source-arn', ARNS.queue], '--source new and --source-arn exclude each other'],
    [['--source-key-arn', ARNS.key], '--source-key-arn is the KMS key of an existing source'],
    [['--vpc-id', 'vpc-0a1b2c3d'], '--vpc-id, --subnet-ids and --availability-zones go together'],
  ])('refuses %o', (args, message) => {
    // Act
    const parse = () => parseFlags(args);

    // Assess
    expect(parse).toThrow(InvalidInputError);
    expect(parse).toThrow(message);
  });

  it('runs the checks after linking unless --skip-checks is given', () => {
    // Act
    const parsed = parseFlags(['--name', 'orders']);

    // Assess
    expect(parsed.skipChecks).toBe(false);
  });
});

describe('helpText', () => {
  it('lists every flag, every blueprint of the workspace and every --with choice', () => {
    // Prepare
    const { blueprints } = validationContext();

    // Act
    const help = helpText(blueprints);

    // Assess
    const flags = [
      '--name',
      '--blueprint',
      '--source',
      '--source-arn',
      '--source-key-arn',
      '--with',
      '--vpc-id',
      '--subnet-ids',
      '--availability-zones',
      '--sink-table-arn',
      '--sink-queue-arn',
      '--sink-stream-arn',
      '--batch-size',
      '--batching-window',
      '--max-receive-count',
      '--retention-days',
      '--retries',
      '--record-age',
      '--role-mode',
      '--role-arn',
      '--yes',
      '--dry-run',
      '--skip-checks',
      '--help',
    ];
    expect(flags.filter((flag) => !help.includes(flag))).toEqual([]);
    expect(blueprints.filter((blueprint) => !help.includes(`${blueprint.folder}: ${blueprint.description}`))).toEqual(
      [],
    );
    expect(
      ['xray', 'vpc', 'fan-out', 'dynamodb-write', 'sqs-send', 'kinesis-put'].every((choice) =>
        help.includes(`${choice}: `),
      ),
    ).toBe(true);
  });
});
