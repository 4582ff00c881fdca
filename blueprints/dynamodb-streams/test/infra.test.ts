import { readFileSync } from 'node:fs';
import { composeRole, isAllowed, logGroupArn, type RoleSpec } from '@lambda-blueprints/role-templates';
import { fakeArnOf, synthesizedFunctionRole } from '@lambda-blueprints/testing';
import { Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { config } from '../infra/config.js';
import type { DynamodbStreamsFunctionConfig, TableStreamSettings } from '../infra/function-config.js';
import { role } from '../infra/role.js';
import { logicalIdOf, required, type SynthesizedBlueprint, useBlueprintSynth } from './support/blueprint-synth.js';
import { fakeAwsContext, foreignArn, statementSet } from './support/policy-statements.js';

const { newApp, synthBlueprint } = useBlueprintSynth();

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
const withSource = (changes: Partial<TableStreamSettings>): DynamodbStreamsFunctionConfig =>
  ({ ...config, source: { ...config.source, ...changes } }) as DynamodbStreamsFunctionConfig;

const roleOf = ({ json, stack }: SynthesizedBlueprint) =>
  synthesizedFunctionRole(json, logicalIdOf(stack.consumer.lambdaFunction));
const tableOf = ({ stack }: SynthesizedBlueprint) => required(stack.source.table, 'table');
// The tests run on infra/config.ts as it is, so they hold for a function generated with other settings too.
const tableStreamArnOf = (synthesized: SynthesizedBlueprint) =>
  config.source.existingTableStreamArn ?? fakeArnOf(synthesized.json, logicalIdOf(tableOf(synthesized)), 'StreamArn');
/** What the mapping reads, as the template names it: the new table's stream or the existing one. */
const mappedSourceOf = (synthesized: SynthesizedBlueprint) =>
  config.source.existingTableStreamArn ?? { 'Fn::GetAtt': [logicalIdOf(tableOf(synthesized)), 'StreamArn'] };
const without = (template: string): RoleSpec => role.filter((entry) => entry.template !== template);
const newTableDefaults = { encryption: 'aws-owned' } as const;
const onFailureQueueOf = ({ stack }: SynthesizedBlueprint) =>
  required(stack.source.onFailure.queue, 'on-failure queue');

const blueprint = synthBlueprint();
const functionRole = roleOf(blueprint);
const tableStreamArn = tableStreamArnOf(blueprint);
const onFailureQueueArn = fakeArnOf(blueprint.json, logicalIdOf(onFailureQueueOf(blueprint)));

describe('the execution role', () => {
  it("allows the stream read actions on the table's stream, and on no other stream", () => {
    // Act
    const allowed = (resource: string) =>
      readActions.filter((action) => isAllowed(functionRole.policyDocuments, action, resource));

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
    const allowed = notNeeded.filter((action) => isAllowed(functionRole.policyDocuments, action, tableArn));

    // Assess
    expect(allowed).toEqual([]);
  });

  it('allows sending failure descriptions to its on-failure queue only', () => {
    // Act
    const allowed = [onFailureQueueArn, foreignArn('sqs', 'another-queue')].map((queue) =>
      isAllowed(functionRole.policyDocuments, 'sqs:SendMessage', queue),
    );

    // Assess
    expect(allowed).toEqual([true, false]);
  });

  it('lets the function write logs to its own log group only', () => {
    // Prepare
    const ownGroup = logGroupArn(fakeAwsContext, config.functionName);
    const otherGroup = logGroupArn(fakeAwsContext, 'another-function');

    // Act
    const allowed = [`${ownGroup}:log-stream:2025/01/01/x`, `${otherGroup}:log-stream:x`].map((stream) =>
      isAllowed(functionRole.policyDocuments, 'logs:PutLogEvents', stream),
    );

    // Assess
    expect(allowed).toEqual([true, false]);
  });

  it('holds exactly the statements the catalog composes for infra/role.ts, and no managed policy', () => {
    // Prepare
    const composed = composeRole(role, {
      arns: {
        'log-group': logGroupArn(fakeAwsContext, config.functionName),
        source: tableStreamArn,
        'on-failure': onFailureQueueArn,
        ...(config.source.keyArn && { 'source-key': config.source.keyArn }),
        ...Object.fromEntries(config.sinks.map((sink) => [`sink:${sink.id}`, sink.arn])),
      },
      context: fakeAwsContext,
    });

    // Assess
    expect(functionRole.managedPolicyArns).toEqual([]);
    expect(statementSet(functionRole.policyDocuments)).toEqual(statementSet([composed.policyDocument]));
  });

  it('changes only the role when a line is added to infra/role.ts', () => {
    // Prepare
    const before = synthBlueprint({ role: without('xray-write') });

    // Act
    const after = synthBlueprint({ role: [...without('xray-write'), { template: 'xray-write' }] });

    // Assess
    const roleId = logicalIdOf(required(after.stack.consumer.createdRole, 'execution role'));
    const { [roleId]: roleBefore, ...restBefore } = before.json.Resources ?? {};
    const { [roleId]: roleAfter, ...restAfter } = after.json.Resources ?? {};
    expect(restAfter).toEqual(restBefore);
    expect(roleAfter).not.toEqual(roleBefore);
    expect(isAllowed(roleOf(after).policyDocuments, 'xray:PutTraceSegments', '*')).toBe(true);
    expect(isAllowed(roleOf(before).policyDocuments, 'xray:PutTraceSegments', '*')).toBe(false);
  });

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
    const queueId = logicalIdOf(onFailureQueueOf(blueprint));

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
      config: withConfig({
        source: { ...config.source, existingTableStreamArn: undefined, newTable: newTableDefaults },
      }),
    });

    // Assess
    created.template.resourceCountIs('AWS::DynamoDB::Table', 1);
    created.template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it("reads an existing table's stream by ARN without creating a table, with the role scoped to it", () => {
    // Act
    const existing = synthBlueprint({
      config: withConfig({ source: { ...config.source, newTable: undefined, existingTableStreamArn } }),
    });

    // Assess
    existing.template.resourceCountIs('AWS::DynamoDB::Table', 0);
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
    const app = newApp();
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    synthBlueprint({}, app);

    // Act
    const synth = () => app.synth();

    // Assess
    expect(synth).not.toThrow();
  });

  it('finds nothing with a customer managed table key', () => {
    // Prepare
    const app = newApp();
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
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
