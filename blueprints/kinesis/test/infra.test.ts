import { readFileSync } from 'node:fs';
import { composeRole, getTemplate, isAllowed, logGroupArn, type RoleSpec } from '@lambda-blueprints/role-templates';
import { fakeArnOf, synthesizedFunctionRole } from '@lambda-blueprints/testing';
import { Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { config } from '../infra/config.js';
import type { KinesisFunctionConfig, StreamSettings } from '../infra/function-config.js';
import { role } from '../infra/role.js';
import { logicalIdOf, required, type SynthesizedBlueprint, useBlueprintSynth } from './support/blueprint-synth.js';
import { fakeAwsContext, foreignArn, statementSet } from './support/policy-statements.js';

const { newApp, synthBlueprint } = useBlueprintSynth();

// What Lambda needs on a stream (the Lambda guide), independent of the catalog under test.
const readActions = [
  'kinesis:DescribeStream',
  'kinesis:DescribeStreamSummary',
  'kinesis:GetRecords',
  'kinesis:GetShardIterator',
  'kinesis:ListShards',
  'kinesis:ListStreams',
];
// IAM grants ListStreams only on "*" (no resource-level permission): no policy can deny it on another stream.
const wildcardOnlyActions = ['kinesis:ListStreams'];
const anotherStreamArn = foreignArn('kinesis', 'stream/another-stream');
const existingStreamArn = foreignArn('kinesis', 'stream/existing-readings');
const keyArn = foreignArn('kms', 'key/1234abcd-12ab-34cd-56ef-1234567890ab');
const anotherKeyArn = foreignArn('kms', 'key/00000000-0000-4000-8000-000000000000');

const newStreamDefaults = { shardCount: undefined, retentionHours: 24 };

const withConfig = (changes: Partial<KinesisFunctionConfig>): KinesisFunctionConfig => ({ ...config, ...changes });
const withSource = (changes: Partial<StreamSettings>): KinesisFunctionConfig =>
  ({ ...config, source: { ...config.source, ...changes } }) as KinesisFunctionConfig;

const roleOf = ({ json, stack }: SynthesizedBlueprint) =>
  synthesizedFunctionRole(json, logicalIdOf(stack.consumer.lambdaFunction));
// The tests run on infra/config.ts as it is, so they hold for a function generated with other settings too.
const streamArnOf = ({ json, stack }: SynthesizedBlueprint) =>
  config.source.existingStreamArn ?? fakeArnOf(json, logicalIdOf(stack.source.stream));
/** What the mapping reads, as the template names it: the fan-out consumer, the new stream, or the existing one. */
const mappedSourceOf = ({ stack }: SynthesizedBlueprint) => {
  const { consumer, stream } = stack.source;
  if (consumer) return { 'Fn::GetAtt': [logicalIdOf(consumer), 'ConsumerARN'] };
  return config.source.existingStreamArn ?? { 'Fn::GetAtt': [logicalIdOf(stream), 'Arn'] };
};
const without = (template: string): RoleSpec => role.filter((entry) => entry.template !== template);
const onFailureQueueOf = ({ stack }: SynthesizedBlueprint) =>
  required(stack.source.onFailure.queue, 'on-failure queue');

const blueprint = synthBlueprint();
const functionRole = roleOf(blueprint);
const streamArn = streamArnOf(blueprint);
const onFailureQueueArn = fakeArnOf(blueprint.json, logicalIdOf(onFailureQueueOf(blueprint)));

describe('the execution role', () => {
  it('allows the Kinesis read actions on the source stream, and on no other stream', () => {
    // Act
    const allowed = (resource: string) =>
      readActions.filter((action) => isAllowed(functionRole.policyDocuments, action, resource));

    // Assess
    expect(allowed(streamArn)).toEqual(readActions);
    expect(allowed(anotherStreamArn)).toEqual(wildcardOnlyActions);
  });

  it('denies writing to the stream and every fan-out action', () => {
    // Prepare
    const notNeeded = ['kinesis:PutRecord', 'kinesis:PutRecords', 'kinesis:SubscribeToShard', 'kinesis:DeleteStream'];

    // Act
    const allowed = notNeeded.filter((action) => isAllowed(functionRole.policyDocuments, action, streamArn));

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
        source: streamArn,
        'on-failure': onFailureQueueArn,
        ...(config.source.keyArn && { 'source-key': config.source.keyArn }),
        ...(blueprint.stack.source.consumer && {
          consumer: fakeArnOf(blueprint.json, logicalIdOf(blueprint.stack.source.consumer), 'ConsumerARN'),
        }),
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
    const withKey = synthBlueprint({ config: withSource({ keyArn }), role: without('kms-decrypt') });

    // Assess
    Annotations.fromStack(withKey.stack).hasWarning('*', Match.stringLikeRegexp('role prop lacks kms-decrypt'));
  });

  it('allows kms:Decrypt on the configured stream key only, once infra/role.ts has kms-decrypt on source-key', () => {
    // Prepare
    const withKeyLine: RoleSpec = [...without('kms-decrypt'), { template: 'kms-decrypt', on: 'source-key' }];

    // Act
    const synthesized = synthBlueprint({ config: withSource({ keyArn }), role: withKeyLine });

    // Assess
    const { policyDocuments } = roleOf(synthesized);
    expect([keyArn, anotherKeyArn].map((key) => isAllowed(policyDocuments, 'kms:Decrypt', key))).toEqual([true, false]);
  });

  it('allows the fan-out actions on its consumer only, once infra/role.ts has kinesis-fan-out on consumer', () => {
    // Prepare
    const withConsumerLine: RoleSpec = [...without('kinesis-fan-out'), { template: 'kinesis-fan-out', on: 'consumer' }];
    const fanOutActions = getTemplate('kinesis-fan-out').statements.flatMap((statement) => statement.actions);

    // Act
    const synthesized = synthBlueprint({ config: withSource({ enhancedFanOut: true }), role: withConsumerLine });

    // Assess
    const consumer = required(synthesized.stack.source.consumer, 'fan-out consumer');
    const consumerArn = fakeArnOf(synthesized.json, logicalIdOf(consumer), 'ConsumerARN');
    const allowed = (resource: string) =>
      fanOutActions.filter((action) => isAllowed(roleOf(synthesized).policyDocuments, action, resource));
    expect(allowed(consumerArn)).toEqual(fanOutActions);
    expect(allowed(`${anotherStreamArn}/consumer/another:1704067200`)).toEqual([]);
    synthesized.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(consumer), 'ConsumerARN'] },
    });
  });
});

describe('the stream and its mapping', () => {
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

  it('creates an on-demand stream encrypted with the AWS managed key when no stream or key is configured', () => {
    // Act
    const created = synthBlueprint({
      config: withConfig({
        source: { ...config.source, existingStreamArn: undefined, keyArn: undefined, newStream: newStreamDefaults },
      }),
      role: without('kms-decrypt'),
    });

    // Assess
    created.template.resourceCountIs('AWS::Kinesis::Stream', 1);
    created.template.hasResourceProperties('AWS::Kinesis::Stream', {
      StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' },
      StreamModeDetails: { StreamMode: 'ON_DEMAND' },
      RetentionPeriodHours: newStreamDefaults.retentionHours,
    });
  });

  it('reads an existing stream by ARN without creating one, with the role scoped to it', () => {
    // Act
    const existing = synthBlueprint({
      config: withConfig({ source: { ...config.source, newStream: undefined, existingStreamArn } }),
    });

    // Assess
    existing.template.resourceCountIs('AWS::Kinesis::Stream', 0);
    existing.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { EventSourceArn: existingStreamArn });
    const { policyDocuments } = roleOf(existing);
    expect(isAllowed(policyDocuments, 'kinesis:GetRecords', existingStreamArn)).toBe(true);
    expect(isAllowed(policyDocuments, 'kinesis:GetRecords', anotherStreamArn)).toBe(false);
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

  it('finds nothing with a customer managed key and a fan-out consumer', () => {
    // Prepare
    const app = newApp();
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    synthBlueprint(
      {
        config: withSource({ keyArn, enhancedFanOut: true }),
        role: [
          ...without('kms-decrypt').filter((entry) => entry.template !== 'kinesis-fan-out'),
          { template: 'kms-decrypt', on: 'source-key' },
          { template: 'kinesis-fan-out', on: 'consumer' },
        ],
      },
      app,
    );

    // Act
    const synth = () => app.synth();

    // Assess
    expect(synth).not.toThrow();
  });
});
