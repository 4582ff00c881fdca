import { readFileSync } from 'node:fs';
import { logicalIdOf, logicalIdsUnder, synthesizeForTest, TestApps } from '@lambda-blueprints/cdk/testing';
import { isAllowed, logGroupArn, type RoleSpec, sinkResourceArns } from '@lambda-blueprints/role-templates';
import {
  catalogRoleComparison,
  FAKE_AWS_CONTEXT,
  fakeArnOf,
  foreignArn,
  functionRoleLogicalId,
  synthesizedFunctionRole,
} from '@lambda-blueprints/testing';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { config } from '../infra/config.js';
import type { DynamodbStreamsFunctionConfig, TableStreamSettings } from '../infra/function-config.js';
import { role } from '../infra/role.js';
import { DynamodbStreamsBlueprintStack, type DynamodbStreamsBlueprintStackProps } from '../infra/stack.js';

const apps = new TestApps({ cdkJson: new URL('../cdk.json', import.meta.url) });
afterAll(() => apps.dispose());
const synthBlueprint = (props: DynamodbStreamsBlueprintStackProps = {}, app = apps.newApp()) =>
  synthesizeForTest(new DynamodbStreamsBlueprintStack(app, 'BlueprintUnderTest', props));
type SynthesizedBlueprint = ReturnType<typeof synthBlueprint>;

// What Lambda needs on a table stream (the Lambda guide), independent of the catalog under test.
const readActions = [
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:ListStreams',
];
// IAM grants ListStreams only on "*" (no resource-level permission): no policy can deny it on another stream.
const wildcardOnlyActions = ['dynamodb:ListStreams'];
const anotherTableStreamArn = foreignArn('dynamodb', 'table/another-table/stream/2024-01-01T00:00:00.000');
const existingTableStreamArn = foreignArn('dynamodb', 'table/orders/stream/2024-06-01T00:00:00.000');
const keyArn = foreignArn('kms', 'key/1234abcd-12ab-34cd-56ef-1234567890ab');
const anotherKeyArn = foreignArn('kms', 'key/00000000-0000-4000-8000-000000000000');

const withConfig = (changes: Partial<DynamodbStreamsFunctionConfig>): DynamodbStreamsFunctionConfig => ({
  ...config,
  ...changes,
});
const without = (template: string): RoleSpec => role.filter((entry) => entry.template !== template);
// The least-privilege checks read a role the stack creates in scoped mode. Whatever infra/config.ts chooses, the catalog
// comparison checks the role in both modes (with an existing role: the policy that role must hold).
const scopedConfig = withConfig({ roleMode: 'scoped', existingRoleArn: undefined });
const withSource = (changes: Partial<TableStreamSettings>): DynamodbStreamsFunctionConfig =>
  ({ ...scopedConfig, source: { ...config.source, ...changes } }) as DynamodbStreamsFunctionConfig;

const roleOf = ({ json, stack }: SynthesizedBlueprint) =>
  synthesizedFunctionRole(json, logicalIdOf(stack.consumer.lambdaFunction));
const tableOf = ({ stack }: SynthesizedBlueprint) => {
  const { table } = stack.source;
  if (table === undefined) throw new Error('The stack made no table.');
  return logicalIdOf(table);
};
const onFailureQueueOf = ({ stack }: SynthesizedBlueprint) => {
  const queue = stack.source.onFailure.queue;
  if (queue === undefined) throw new Error('The stack made no on-failure queue.');
  return logicalIdOf(queue);
};
const tableStreamArnOf = (synthesized: SynthesizedBlueprint) =>
  config.source.existingTableStreamArn ?? fakeArnOf(synthesized.json, tableOf(synthesized), 'StreamArn');
/** What the mapping reads, as the template names it: the new table's stream or the existing one. */
const mappedSourceOf = (synthesized: SynthesizedBlueprint) =>
  config.source.existingTableStreamArn ?? { 'Fn::GetAtt': [tableOf(synthesized), 'StreamArn'] };

const blueprint = synthBlueprint();
const scoped = synthBlueprint({ config: scopedConfig });
const scopedRole = roleOf(scoped);
const tableStreamArn = tableStreamArnOf(scoped);
const onFailureQueueArn = fakeArnOf(scoped.json, onFailureQueueOf(scoped));

describe('the execution role in scoped mode', () => {
  it("allows the stream read actions on the table's stream, and on no other stream", () => {
    // Act
    const allowed = (resource: string) =>
      readActions.filter((action) => isAllowed(scopedRole.policyDocuments, action, resource));

    // Assess
    expect(allowed(tableStreamArn)).toEqual(readActions);
    expect(allowed(anotherTableStreamArn)).toEqual(wildcardOnlyActions);
  });

  it('denies every action on the table itself: the function reads its stream, not the table', () => {
    // Prepare
    const tableArn = tableStreamArn.slice(0, tableStreamArn.indexOf('/stream/'));
    const notNeeded = [
      'dynamodb:GetItem',
      'dynamodb:Query',
      'dynamodb:Scan',
      'dynamodb:PutItem',
      'dynamodb:DeleteItem',
    ];

    // Act
    const allowed = notNeeded.filter((action) => isAllowed(scopedRole.policyDocuments, action, tableArn));

    // Assess
    expect(allowed).toEqual([]);
  });

  it('allows sending failure descriptions to its on-failure queue, and to no other queue', () => {
    // Act
    const allowed = [onFailureQueueArn, foreignArn('sqs', 'another-queue')].map((queue) =>
      isAllowed(scopedRole.policyDocuments, 'sqs:SendMessage', queue),
    );

    // Assess
    expect(allowed).toEqual([true, false]);
  });

  it('lets the function write logs to its own log group only', () => {
    // Prepare
    const ownGroup = logGroupArn(FAKE_AWS_CONTEXT, config.functionName);
    const otherGroup = logGroupArn(FAKE_AWS_CONTEXT, 'another-function');

    // Act
    const allowed = [`${ownGroup}:log-stream:2025/01/01/x`, `${otherGroup}:log-stream:x`].map((stream) =>
      isAllowed(scopedRole.policyDocuments, 'logs:PutLogEvents', stream),
    );

    // Assess
    expect(allowed).toEqual([true, false]);
  });

  it('changes only the role when a line is added to infra/role.ts', () => {
    // Prepare
    const before = synthBlueprint({ config: scopedConfig, role: without('xray-write') });

    // Act
    const after = synthBlueprint({
      config: scopedConfig,
      role: [...without('xray-write'), { template: 'xray-write' }],
    });

    // Assess
    const roleId = functionRoleLogicalId(after.json, logicalIdOf(after.stack.consumer.lambdaFunction));
    const { [roleId]: roleBefore, ...restBefore } = before.json.Resources ?? {};
    const { [roleId]: roleAfter, ...restAfter } = after.json.Resources ?? {};
    expect(restAfter).toEqual(restBefore);
    expect(roleAfter).not.toEqual(roleBefore);
    expect(isAllowed(roleOf(after).policyDocuments, 'xray:PutTraceSegments', '*')).toBe(true);
    expect(isAllowed(roleOf(before).policyDocuments, 'xray:PutTraceSegments', '*')).toBe(false);
  });

  it('allows kms:Decrypt on the configured table key only, once infra/role.ts has kms-decrypt on source-key', () => {
    // Prepare
    const withKeyLine: RoleSpec = [...without('kms-decrypt'), { template: 'kms-decrypt', on: 'source-key' }];

    // Act
    const synthesized = synthBlueprint({ config: withSource({ keyArn }), role: withKeyLine });

    // Assess
    const { policyDocuments } = roleOf(synthesized);
    expect([keyArn, anotherKeyArn].map((key) => isAllowed(policyDocuments, 'kms:Decrypt', key))).toEqual([true, false]);
  });
});

describe('the execution role', () => {
  it.each(['scoped', 'managed'] as const)(
    'holds exactly what the catalog composes for infra/role.ts in %s mode',
    (roleMode) => {
      // Prepare
      const synthesized = synthBlueprint({ config: withConfig({ roleMode, existingRoleArn: undefined }) });
      const arns = {
        'log-group': logGroupArn(FAKE_AWS_CONTEXT, config.functionName),
        source: tableStreamArnOf(synthesized),
        'source-key': config.source.keyArn,
        'on-failure': fakeArnOf(synthesized.json, onFailureQueueOf(synthesized)),
        ...sinkResourceArns(config.sinks),
      };

      // Act
      const { synthesized: held, catalog } = catalogRoleComparison(synthesized.json, { role, arns, mode: roleMode });

      // Assess
      expect(held).toEqual(catalog);
    },
  );

  it('is what package.json lists as the blueprint templates, in order', () => {
    // Prepare
    const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

    // Act
    const listed = packageJson.blueprint.templates;

    // Assess
    expect(listed).toEqual(role.map((entry) => entry.template));
  });

  it('lacks no template that infra/config.ts implies', () => {
    // Act
    const annotations = Annotations.fromStack(blueprint.stack);

    // Assess
    annotations.hasNoWarning('*', Match.stringLikeRegexp('role prop lacks'));
  });

  it('is reported at synth when infra/config.ts turns on what infra/role.ts lacks', () => {
    // Act
    const traced = synthBlueprint({ config: withConfig({ tracing: true }), role: without('xray-write') });

    // Assess
    Annotations.fromStack(traced.stack).hasWarning('*', Match.stringLikeRegexp('role prop lacks xray-write'));
  });
});

describe('the table stream and its mapping', () => {
  it('maps the stream with partial batch responses, bisect, bounded retries and age, from TRIM_HORIZON', () => {
    // Prepare
    const { stack, template } = blueprint;

    // Act
    const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping'));

    // Assess
    expect(mappings).toEqual([
      expect.objectContaining({
        Properties: expect.objectContaining({
          EventSourceArn: mappedSourceOf(blueprint),
          FunctionName: { Ref: logicalIdOf(stack.consumer.lambdaFunction) },
          FunctionResponseTypes: ['ReportBatchItemFailures'],
          BisectBatchOnFunctionError: true,
          MaximumRetryAttempts: config.source.retryAttempts,
          MaximumRecordAgeInSeconds: config.source.maxRecordAgeSeconds,
          BatchSize: config.source.batchSize,
          StartingPosition: 'TRIM_HORIZON',
        }),
      }),
    ]);
  });

  it('sends the description of a batch that exhausted its retries to the on-failure queue', () => {
    // Prepare
    const queueId = onFailureQueueOf(blueprint);

    // Act / Assess
    blueprint.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
  });

  it("alarms on the function's IteratorAge by its FunctionName", () => {
    // Prepare
    const functionId = logicalIdOf(blueprint.stack.consumer.lambdaFunction);

    // Act
    const alarms = blueprint.template.findResources('AWS::CloudWatch::Alarm', {
      Properties: { Namespace: 'AWS/Lambda', MetricName: 'IteratorAge' },
    });

    // Assess
    expect(Object.values(alarms)).toEqual([
      expect.objectContaining({
        Properties: expect.objectContaining({ Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId } }] }),
      }),
    ]);
  });

  it('creates an orders table keyed by pk whose stream carries new and old images when no stream is configured', () => {
    // Act
    const created = synthBlueprint({
      config: withSource({ existingTableStreamArn: undefined, newTable: { encryption: 'aws-owned' } }),
    });

    // Assess
    const tableId = tableOf(created);
    expect(logicalIdsUnder(created.stack.consumer, 'AWS::DynamoDB::Table')).toEqual([tableId]);
    expect(created.template.findResources('AWS::DynamoDB::Table')[tableId]?.Properties).toMatchObject({
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it("reads an existing table's stream by ARN without creating a table, with the role scoped to it", () => {
    // Act
    const existing = synthBlueprint({ config: withSource({ newTable: undefined, existingTableStreamArn }) });

    // Assess
    expect(logicalIdsUnder(existing.stack.consumer, 'AWS::DynamoDB::Table')).toEqual([]);
    existing.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: existingTableStreamArn,
    });
    const { policyDocuments } = roleOf(existing);
    expect(isAllowed(policyDocuments, 'dynamodb:GetRecords', existingTableStreamArn)).toBe(true);
    expect(isAllowed(policyDocuments, 'dynamodb:GetRecords', anotherTableStreamArn)).toBe(false);
  });
});

describe('cdk-nag', () => {
  it('finds nothing in the stack (AwsSolutions)', () => {
    // Prepare
    const app = apps.newApp({ awsSolutionsChecks: true });
    synthBlueprint({}, app);

    // Act
    const synth = () => app.synth();

    // Assess
    expect(synth).not.toThrow();
  });

  it('finds nothing with a customer managed table key', () => {
    // Prepare
    const app = apps.newApp({ awsSolutionsChecks: true });
    synthBlueprint(
      { config: withSource({ keyArn }), role: [...role, { template: 'kms-decrypt', on: 'source-key' }] },
      app,
    );

    // Act
    const synth = () => app.synth();

    // Assess
    expect(synth).not.toThrow();
  });
});
