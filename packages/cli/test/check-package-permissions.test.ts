import { managedPolicyArn } from '@lambda-blueprints/role-templates';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkPackagePermissions,
  hasErrors,
  MappedFunctionNotFoundError,
  type PermissionFinding,
  SynthesizedTemplateNotFoundError,
} from '../src/index.js';
import { type FixturePackageFiles, fixturePackage } from './fixture-package.js';
import { FUNCTION_ID, type FunctionStackOptions, functionStackTemplate } from './function-stack-template.js';
import { handlerSource, lineOf } from './handler-source.js';

const putItemHandler = handlerSource(
  [
    "import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';",
    'const client = new DynamoDBClient({});',
  ],
  ['await client.send(new PutItemCommand({ TableName: process.env.ORDERS_TABLE, Item: { pk: { S: event.name } } }));'],
);
const quietHandler = handlerSource([], ['return { batchItemFailures: [] };']);
const ordersSink = [{ id: 'orders', kind: 'dynamodb-write' as const }];

describe('checkPackagePermissions', () => {
  let remove: (() => Promise<void>) | undefined;
  afterEach(async () => remove?.());

  async function check(files: FixturePackageFiles, strict = false) {
    const fixture = await fixturePackage(files);
    remove = fixture.remove;
    const report = await checkPackagePermissions(fixture.directory, { strict });
    const findings = report.functions.flatMap((fn) => fn.findings);
    return { report, findings, of: (kind: PermissionFinding['kind']) => findings.filter((f) => f.kind === kind) };
  }

  const stack = (options: FunctionStackOptions) => functionStackTemplate(options);

  it('fails a PutItemCommand whose role lacks dynamodb:PutItem, naming the command, file, line and template', async () => {
    // Act
    const { report, findings } = await check({ handler: putItemHandler, template: stack({}) });

    // Assess
    expect(hasErrors(report)).toBe(true);
    expect(findings).toEqual([
      {
        kind: 'missing',
        severity: 'error',
        message:
          `The code sends dynamodb:PutItem (PutItemCommand at src/handler.ts:${lineOf(putItemHandler, 'new PutItemCommand')}), ` +
          'but the role allows it on no resource. ' +
          "Add to infra/role.ts: { template: 'dynamodb-write', on: 'sink:<name>' } " +
          '(dynamodb-write: Put items into a DynamoDB table).',
      },
    ]);
  });

  it('passes the document client PutCommand when the role has dynamodb-write on the table', async () => {
    // Prepare
    const handler = handlerSource(
      [
        "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
        "import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';",
        'const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));',
      ],
      ['await documents.send(new PutCommand({ TableName: process.env.ORDERS_TABLE, Item: { pk: event.name } }));'],
    );

    // Act
    const { report, findings } = await check({ handler, template: stack({ sinks: ordersSink }) });

    // Assess
    expect(findings).toEqual([]);
    expect(report.code.calls.flatMap((call) => call.actions)).toEqual(['dynamodb:PutItem']);
    expect(report.functions.map((fn) => [fn.logicalId, fn.template])).toEqual([
      [FUNCTION_ID, 'cdk.out/FixtureStack.template.json'],
    ]);
  });

  it('names the statement to add when no role template grants the action', async () => {
    // Prepare
    const handler = handlerSource(
      ["import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';"],
      ["await new S3Client({}).send(new GetObjectCommand({ Bucket: 'b', Key: event.name }));"],
    );

    // Act
    const { of } = await check({ handler, template: stack({}) });

    // Assess
    expect(of('missing').map((finding) => finding.message)).toEqual([
      expect.stringContaining(
        'No role template grants s3:GetObject: add this statement to the role: ' +
          '{"Effect":"Allow","Action":"s3:GetObject","Resource":["arn:<Partition>:s3:<Region>:<Account>:accesspoint/<AccessPointName>/object/<ObjectName>","arn:<Partition>:s3:::<BucketName>/<ObjectName>"]}',
      ),
    ]);
  });

  it('reports a deliberately over-privileged role: wildcard resources, unused statements and broad actions', async () => {
    // Prepare
    const template = stack({
      sinks: ordersSink,
      extraStatements: [
        { Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' },
        { Effect: 'Allow', Action: ['sns:Publish'], Resource: 'arn:aws:sns:us-east-1:123456789012:alerts' },
      ],
    });

    // Act
    const { report, of } = await check({ handler: putItemHandler, template });

    // Assess
    expect(hasErrors(report)).toBe(true);
    expect(of('wildcard')).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringMatching(/^Statement 4 \(dynamodb:\* on \*\) grants dynamodb:/),
      }),
    ]);
    expect(of('unused').map(({ severity, message }) => [severity, message.slice(0, 70)])).toEqual([
      ['warning', 'Statement 4 (dynamodb:* on *) grants dynamodb:*: 79 actions, of which '],
      ['warning', 'Statement 5 (sns:Publish on arn:aws:sns:us-east-1:123456789012:alerts)'],
    ]);
    expect(of('unused')[1]?.message).toContain('remove the statement (infra/role.ts)');
  });

  it('reports a template the role carries that nothing needs, and fails on it with strict', async () => {
    // Prepare: a kinesis-put sink whose stream the code never writes to.
    const template = stack({ sinks: [...ordersSink, { id: 'audit', kind: 'kinesis-put' }] });

    // Act
    const lenient = await check({ handler: putItemHandler, template });
    const strict = await check({ handler: putItemHandler, template }, true);

    // Assess
    expect(lenient.of('unused').map(({ severity, message }) => [severity, message.split(', which')[0]])).toEqual([
      [
        'warning',
        'Statement 2 (kinesis:PutRecord, kinesis:PutRecords on arn:aws:kinesis:us-east-1:123456789012:stream/audit) grants kinesis:PutRecord, kinesis:PutRecords',
      ],
    ]);
    expect(hasErrors(lenient.report)).toBe(false);
    expect(strict.of('unused').map((finding) => finding.severity)).toEqual(['error']);
    expect(hasErrors(strict.report)).toBe(true);
  });

  it('reports a command built by name at run time as unknown rather than ignoring it', async () => {
    // Prepare
    const handler = handlerSource(
      [
        "import { DynamoDBClient, DeleteItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';",
        'const client = new DynamoDBClient({});',
        'const commands: Record<string, typeof PutItemCommand | typeof DeleteItemCommand> = { PutItemCommand, DeleteItemCommand };',
      ],
      ['await client.send(new (commands[event.name])({} as never));'],
    );

    // Act
    const lenient = await check({ handler, template: stack({ sinks: ordersSink }) });
    const strict = await check({ handler, template: stack({ sinks: ordersSink }) }, true);

    // Assess
    expect(lenient.of('unknown')).toEqual([
      {
        kind: 'unknown',
        severity: 'warning',
        message: expect.stringContaining(
          `src/handler.ts:${lineOf(handler, 'new (commands')}: client.send(new (commands[event.name])({} as never)): sends`,
        ),
      },
    ]);
    expect(strict.of('unknown').map((finding) => finding.severity)).toEqual(['error']);
  });

  it('fails a role without what the event source mapping needs, naming the role entry to add', async () => {
    // Prepare
    const template = stack({ role: [{ template: 'basic-execution', on: 'log-group' }] });

    // Act
    const { findings } = await check({ handler: quietHandler, template });

    // Assess
    expect(findings).toEqual([
      expect.objectContaining({
        kind: 'missing',
        message:
          'The event source mapping reads arn:aws:sqs:us-east-1:123456789012:Source, which needs ' +
          'sqs:DeleteMessage on arn:aws:sqs:us-east-1:123456789012:Source, sqs:GetQueueAttributes on ' +
          'arn:aws:sqs:us-east-1:123456789012:Source, sqs:ReceiveMessage on arn:aws:sqs:us-east-1:123456789012:Source: ' +
          "the role does not allow it. Add to infra/role.ts: { template: 'sqs-poll', on: 'source' }.",
      }),
    ]);
  });

  it('takes tracing, the VPC, the on-failure destination and the source key as needs of a stream function', async () => {
    // Prepare
    const template = stack({
      source: 'kinesis',
      tracing: true,
      vpc: true,
      sourceKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    });

    // Act
    const { findings } = await check({ handler: quietHandler, template });

    // Assess
    expect(findings).toEqual([]);
  });

  it('reports the tracing and VPC templates of a function that has neither as unused', async () => {
    // Prepare
    const template = stack({
      role: [
        { template: 'basic-execution', on: 'log-group' },
        { template: 'sqs-poll', on: 'source' },
        { template: 'xray-write' },
        { template: 'vpc-access' },
      ],
    });

    // Act
    const { of } = await check({ handler: quietHandler, template });

    // Assess
    const unusedActions = of('unused').flatMap((finding) => finding.message.match(/(?:xray|ec2):[A-Z]\w+/g) ?? []);
    expect(new Set(unusedActions)).toEqual(
      new Set([
        'xray:GetSamplingRules',
        'xray:GetSamplingTargets',
        'xray:PutTelemetryRecords',
        'xray:PutTraceSegments',
        'ec2:DescribeNetworkInterfaces',
        'ec2:DescribeSubnets',
        'ec2:CreateNetworkInterface',
        'ec2:AssignPrivateIpAddresses',
        'ec2:DeleteNetworkInterface',
        'ec2:UnassignPrivateIpAddresses',
      ]),
    );
  });

  it('fails a source encrypted with a customer managed key when the role cannot decrypt with it', async () => {
    // Prepare
    const keyArn = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const template = stack({
      sourceKeyArn: keyArn,
      role: [
        { template: 'basic-execution', on: 'log-group' },
        { template: 'sqs-poll', on: 'source' },
      ],
    });

    // Act
    const { of } = await check({ handler: quietHandler, template });

    // Assess
    expect(of('missing').map((finding) => finding.message)).toEqual([
      `The source arn:aws:sqs:us-east-1:123456789012:Source is encrypted with the KMS key ${keyArn}, which needs ` +
        `kms:Decrypt on ${keyArn}: the role does not allow it. Add to infra/role.ts: { template: 'kms-decrypt', on: 'source-key' }.`,
    ]);
  });

  it('keeps the key grant of a source from outside the stack, whose encryption it cannot read', async () => {
    // Prepare
    const template = stack({
      importedSourceArn: 'arn:aws:sqs:us-east-1:123456789012:shared-orders',
      sourceKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/shared',
    });

    // Act
    const { findings } = await check({ handler: quietHandler, template });

    // Assess
    expect(findings).toEqual([]);
  });

  it('accepts the AWS managed policies of managed mode, and reports one that grants nothing needed', async () => {
    // Prepare
    const template = stack({
      role: [],
      managedPolicyArns: [
        managedPolicyArn('AWSLambdaSQSQueueExecutionRole', 'aws'),
        managedPolicyArn('AWSLambdaKinesisExecutionRole', 'aws'),
      ],
    });

    // Act
    const { findings } = await check({ handler: quietHandler, template });

    // Assess
    expect(findings).toEqual([
      expect.objectContaining({
        kind: 'unused',
        message: expect.stringContaining('The role attaches AWSLambdaKinesisExecutionRole, which stands for templates'),
      }),
    ]);
  });

  it('says it cannot see into a managed policy that is neither in the template nor an AWS one it knows', async () => {
    // Prepare
    const policy = 'arn:aws:iam::123456789012:policy/team-boundary';

    // Act
    const { of } = await check({ handler: quietHandler, template: stack({ managedPolicyArns: [policy] }) });

    // Assess
    expect(of('unknown').map((finding) => finding.message)).toEqual([
      `The role attaches ${policy}, a managed policy whose statements are not in the template: what it grants is not checked.`,
    ]);
  });

  it('asks for a synth when the package has no synthesized template', async () => {
    // Act
    const checking = check({ handler: quietHandler, name: '@acme/orders', template: null });

    // Assess
    await expect(checking).rejects.toThrow(SynthesizedTemplateNotFoundError);
    await expect(checking).rejects.toThrow('run `pnpm --filter @acme/orders synth` first');
  });

  it('fails a template without a function that an event source mapping invokes', async () => {
    // Prepare
    const template = stack({});
    delete template.Resources?.Mapping;

    // Act
    const checking = check({ handler: quietHandler, template });

    // Assess
    await expect(checking).rejects.toThrow(MappedFunctionNotFoundError);
  });
});
