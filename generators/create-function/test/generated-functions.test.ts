import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  actionsOf,
  getTemplate,
  isAllowed,
  managedPolicyArn,
  type TemplateId,
} from '@lambda-blueprints/role-templates';
import {
  type CloudFormationTemplate,
  fakeArnOf,
  type SynthesizedRole,
  synthesizedFunctionRole,
} from '@lambda-blueprints/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PartialAnswers } from '../src/answers.js';
import { createFunction } from '../src/create-function.js';
import { recordingOutput } from './support/recording-output.js';
import { copyWorkspace, pnpm, type WorkspaceCopy } from './support/workspace-copy.js';

const ACCOUNT = '123456789012';
const existingSinkQueue = `arn:aws:sqs:eu-west-1:${ACCOUNT}:audit`;
const existingTableStream = `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders/stream/2026-01-01T00:00:00.000`;
const sourceKey = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const existingRole = `arn:aws:iam::${ACCOUNT}:role/orders-consumer`;

/** One generated function: its answers, and the templates its role must consist of (scoped mode). */
interface Variant {
  answers: PartialAnswers & { name: string; blueprint: string };
  templates: TemplateId[];
}

const variant = (answers: Variant['answers'], templates: TemplateId[]): Variant => ({ answers, templates });

// Every blueprint once, with a spread of options: tracing, VPC, each sink (new and existing target), managed mode,
// an existing source with its key, an existing role.
const variants: Variant[] = [
  variant({ name: 'orders-traced', blueprint: 'sqs', with: ['xray', 'dynamodb-write'], settings: { batchSize: 5 } }, [
    'basic-execution',
    'sqs-poll',
    'xray-write',
    'dynamodb-write',
  ]),
  variant({ name: 'changes-managed', blueprint: 'sqs-fifo', with: ['sqs-send'], roleMode: 'managed', settings: {} }, [
    'basic-execution',
    'sqs-poll',
    'sqs-send',
  ]),
  variant(
    {
      name: 'readings-in-vpc',
      blueprint: 'kinesis',
      with: ['vpc', 'fan-out', 'kinesis-put'],
      vpc: {
        vpcId: 'vpc-0a1b2c3d',
        subnetIds: ['subnet-0a1b2c3d', 'subnet-1a2b3c4d'],
        availabilityZones: ['eu-west-1a', 'eu-west-1b'],
      },
      settings: { retries: 3 },
    },
    ['basic-execution', 'kinesis-read', 'sqs-send', 'vpc-access', 'kinesis-fan-out', 'kinesis-put'],
  ),
  variant(
    {
      name: 'audit-existing',
      blueprint: 'dynamodb-streams',
      with: ['xray', 'sqs-send'],
      existingSource: { arn: existingTableStream, keyArn: sourceKey },
      sinkArns: { 'sqs-send': existingSinkQueue },
      roleArn: existingRole,
      settings: {},
    },
    ['basic-execution', 'dynamodb-streams-read', 'sqs-send', 'xray-write', 'kms-decrypt'],
  ),
];

/** The variant generated as `pnpm create-function` runs by default: linked, synthesized and permission-checked. */
const CHECKED = 'orders-traced';
const names = variants.map(({ answers }) => answers.name);
let workspace: WorkspaceCopy;
// pnpm's cache folder for this file: empty at the start, so no registry metadata is cached.
let pnpmCache = '';
const outputs = new Map<string, string>();
let status: Record<string, { readme: string; typecheck: string; test: string; synth: string }>;

/** Runs a script in every generated function at once (both cores), and reads each package's outcome. */
function runInFunctions(script: string): Record<string, string> {
  try {
    pnpm(workspace.root, [
      '-r',
      '--no-bail',
      '--report-summary',
      '--workspace-concurrency=2',
      ...names.flatMap((name) => ['--filter', name]),
      'run',
      script,
    ]);
  } catch {
    // Failures are read per package from the summary below.
  }
  const summary = JSON.parse(readFileSync(join(workspace.root, 'pnpm-exec-summary.json'), 'utf8')) as {
    executionStatus: Record<string, { status: string }>;
  };
  return Object.fromEntries(
    names.map((name) => [name, summary.executionStatus[join(workspace.root, 'functions', name)]?.status ?? 'missing']),
  );
}

function synthesized(name: string): CloudFormationTemplate {
  const stackName = name.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase());
  const file = join(workspace.root, 'functions', name, 'cdk.out', `${stackName}.template.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as CloudFormationTemplate;
}

/** The logical id of the only resource of `type` whose id has `includes` and none of `excludes`. */
const logicalId = (template: CloudFormationTemplate, type: string, includes = '', excludes: string[] = []): string => {
  const found = Object.entries(template.Resources ?? {}).filter(
    ([id, resource]) =>
      resource.Type === type && id.includes(includes) && !excludes.some((excluded) => id.includes(excluded)),
  );
  const [only] = found;
  if (only === undefined || found.length > 1) throw new Error(`Not one ${type} "${includes}" in the template.`);
  return only[0];
};

const scopedActions = (templates: readonly TemplateId[]): string[] =>
  [...new Set(templates.flatMap((id) => getTemplate(id).statements.flatMap((statement) => statement.actions)))].sort();

describe('functions generated from every blueprint', () => {
  beforeAll(async () => {
    // Prepare: no registry, as on a machine whose store a frozen install filled: pnpm gets an empty cache folder (no
    // registry metadata) and a registry nothing listens on, so generating and linking must need neither.
    pnpmCache = mkdtempSync(join(tmpdir(), 'create-function-pnpm-cache-'));
    vi.stubEnv('npm_config_cache_dir', pnpmCache);
    vi.stubEnv('npm_config_registry', 'http://127.0.0.1:9/');
    // One workspace copy, every variant generated into it through the CLI's code path. The checked one comes last,
    // linked and checked as the CLI does: its one install links the others too.
    workspace = copyWorkspace();
    const generationOrder = [...variants].sort(
      (a, b) => Number(a.answers.name === CHECKED) - Number(b.answers.name === CHECKED),
    );
    for (const { answers } of generationOrder) {
      const output = recordingOutput();
      const link = answers.name === CHECKED;
      await createFunction({ workspaceRoot: workspace.root, answers, yes: true, link, output });
      outputs.set(answers.name, output.text());
    }

    // Act: what linking runs in each new function (its README permissions table), then its own checks.
    const readme = runInFunctions('readme');
    const typecheck = runInFunctions('typecheck');
    const test = runInFunctions('test');
    const synth = runInFunctions('synth');
    status = Object.fromEntries(
      names.map((name) => [
        name,
        {
          readme: readme[name] ?? '',
          typecheck: typecheck[name] ?? '',
          test: test[name] ?? '',
          synth: synth[name] ?? '',
        },
      ]),
    );
  }, 600_000);

  afterAll(() => {
    vi.unstubAllEnvs();
    workspace?.remove();
    rmSync(pnpmCache, { recursive: true, force: true });
  });

  it('links every function with no registry: pnpm fetched no metadata', () => {
    // Assess: the linked variant's output says it linked, and pnpm's cache holds no metadata it would have fetched.
    expect(outputs.get(CHECKED)).toContain('✔ Linking it into the workspace');
    expect(readdirSync(pnpmCache).filter((entry) => entry.startsWith('metadata'))).toEqual([]);
  });

  it.each(names)('%s writes its README permissions table, typechecks, passes its own tests and synthesizes', (name) => {
    // Assess
    expect(status[name]).toEqual({ readme: 'passed', typecheck: 'passed', test: 'passed', synth: 'passed' });
  });

  it('synthesizes the function it links and prints that its strict permission check passed', () => {
    // Act
    const printed = outputs.get(CHECKED) ?? '';

    // Assess
    expect(printed).toContain(`✔ Synthesizing it (pnpm --filter ${CHECKED} synth)`);
    expect(printed).toContain('✔ Checking its permissions (check-permissions --strict)');
    expect(printed).toMatch(
      new RegExp(
        `functions/${CHECKED}: \\w+ \\(.*OrdersTraced\\.template\\.json\\): passed: the role allows the 1 action\\(s\\) the code sends \\(dynamodb:PutItem\\)`,
      ),
    );
  });

  it('records which blueprint and version each function came from', () => {
    // Act
    const origins = names.map(
      (name) => JSON.parse(readFileSync(join(workspace.root, 'functions', name, 'package.json'), 'utf8')).generatedFrom,
    );

    // Assess
    expect(origins.map((origin) => origin.blueprint)).toEqual(
      variants.map(({ answers }) => `@lambda-blueprints/blueprint-${answers.blueprint}`),
    );
    expect(origins.every((origin) => origin.version === '0.1.0')).toBe(true);
  });

  it.each(variants.filter(({ answers }) => answers.roleMode === undefined && answers.roleArn === undefined))(
    '$answers.name gets exactly the actions of its templates',
    ({ answers, templates }) => {
      // Act
      const role: SynthesizedRole = synthesizedFunctionRole(synthesized(answers.name));

      // Assess
      expect(role.managedPolicyArns).toEqual([]);
      expect(actionsOf(role.policyDocuments)).toEqual(scopedActions(templates));
    },
  );

  it('lets the traced function trace and put items into its sink table, and nothing more', () => {
    // Prepare
    const template = synthesized('orders-traced');
    const queue = fakeArnOf(template, logicalId(template, 'AWS::SQS::Queue', 'Queue', ['DeadLetter']));
    const table = fakeArnOf(template, logicalId(template, 'AWS::DynamoDB::Table', 'SinkTable'));
    const otherTable = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/other`;

    // Act
    const { policyDocuments } = synthesizedFunctionRole(template);
    const allowed = (action: string, resource: string) => isAllowed(policyDocuments, action, resource);

    // Assess
    expect(allowed('xray:PutTraceSegments', '*')).toBe(true);
    expect(allowed('sqs:ReceiveMessage', queue)).toBe(true);
    expect(allowed('sqs:SendMessage', queue)).toBe(false);
    expect(allowed('dynamodb:PutItem', table)).toBe(true);
    expect(
      ['dynamodb:GetItem', 'dynamodb:DeleteItem', 'dynamodb:UpdateItem'].some((action) => allowed(action, table)),
    ).toBe(false);
    expect(allowed('dynamodb:PutItem', otherTable)).toBe(false);
  });

  it('attaches the AWS managed policies in managed mode, and sqs:SendMessage only on the sink queue', () => {
    // Prepare
    const template = synthesized('changes-managed');
    const sinkQueue = fakeArnOf(template, logicalId(template, 'AWS::SQS::Queue', 'SinkQueue'));
    const sinkDeadLetterQueue = fakeArnOf(template, logicalId(template, 'AWS::SQS::Queue', 'SinkDeadLetterQueue'));

    // Act
    const role = synthesizedFunctionRole(template);

    // Assess
    expect(role.managedPolicyArns.sort()).toEqual(
      [
        managedPolicyArn('AWSLambdaBasicExecutionRole', 'aws'),
        managedPolicyArn('AWSLambdaSQSQueueExecutionRole', 'aws'),
      ].sort(),
    );
    expect(isAllowed(role.policyDocuments, 'sqs:SendMessage', sinkQueue)).toBe(true);
    expect(isAllowed(role.policyDocuments, 'sqs:SendMessage', sinkDeadLetterQueue)).toBe(false);
  });

  it('reads through the fan-out consumer from the VPC, and puts only to the sink stream', () => {
    // Prepare
    const template = synthesized('readings-in-vpc');
    const consumer = fakeArnOf(template, logicalId(template, 'AWS::Kinesis::StreamConsumer'), 'ConsumerARN');
    const sinkStream = fakeArnOf(template, logicalId(template, 'AWS::Kinesis::Stream', 'SinkStream'));
    const sourceStream = fakeArnOf(template, logicalId(template, 'AWS::Kinesis::Stream', '', ['SinkStream']));
    const networkInterfaces = `arn:aws:ec2:us-east-1:${ACCOUNT}:network-interface/*`;

    // Act
    const { policyDocuments } = synthesizedFunctionRole(template);

    // Assess
    expect(isAllowed(policyDocuments, 'kinesis:SubscribeToShard', consumer)).toBe(true);
    expect(isAllowed(policyDocuments, 'ec2:CreateNetworkInterface', networkInterfaces)).toBe(true);
    expect(isAllowed(policyDocuments, 'kinesis:PutRecord', sinkStream)).toBe(true);
    expect(isAllowed(policyDocuments, 'kinesis:PutRecord', sourceStream)).toBe(false);
  });

  it('runs as the existing role, creates none, and prints the policy it must hold', () => {
    // Prepare
    const template = synthesized('audit-existing');

    // Act
    const roles = Object.values(template.Resources ?? {}).filter((resource) => resource.Type === 'AWS::IAM::Role');
    const fn = template.Resources?.[logicalId(template, 'AWS::Lambda::Function')];
    const mapping = template.Resources?.[logicalId(template, 'AWS::Lambda::EventSourceMapping')];

    // Assess
    expect(roles).toEqual([]);
    expect(fn?.Properties?.Role).toBe(existingRole);
    expect(mapping?.Properties?.EventSourceArn).toBe(existingTableStream);
    const printed = outputs.get('audit-existing') ?? '';
    expect(printed).toContain(`It runs as ${existingRole}, which must hold this policy`);
    expect(
      ['"kms:Decrypt"', `"${sourceKey}"`, `"${existingSinkQueue}"`, '"xray:PutTraceSegments"'].filter(
        (text) => !printed.includes(text),
      ),
    ).toEqual([]);
  });
});
