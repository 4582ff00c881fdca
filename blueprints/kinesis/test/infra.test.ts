import { readFileSync } from 'node:fs';
import { logicalIdOf, logicalIdsUnder, synthesizeForTest, TestApps } from '@lambda-blueprints/cdk/testing';
import {
  getTemplate,
  isAllowed,
  logGroupArn,
  type RoleSpec,
  sinkResourceArns,
} from '@lambda-blueprints/role-templates';
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
import type { KinesisFunctionConfig, StreamSettings } from '../infra/function-config.js';
import { role } from '../infra/role.js';
import { KinesisBlueprintStack, type KinesisBlueprintStackProps } from '../infra/stack.js';

const apps = new TestApps({ cdkJson: new URL('../cdk.json', import.meta.url) });
afterAll(() => apps.dispose());
const synthBlueprint = (props: KinesisBlueprintStackProps = {}, app = apps.newApp()) =>
  synthesizeForTest(new KinesisBlueprintStack(app, 'BlueprintUnderTest', props));
type SynthesizedBlueprint = ReturnType<typeof synthBlueprint>;

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

const withConfig = (changes: Partial<KinesisFunctionConfig>): KinesisFunctionConfig => ({ ...config, ...changes });
const without = (template: string): RoleSpec => role.filter((entry) => entry.template !== template);
// The least-privilege checks read a role the stack creates in scoped mode. Whatever infra/config.ts chooses, the catalog
// comparison checks the role in both modes (with an existing role: the policy that role must hold).
const scopedConfig = withConfig({ roleMode: 'scoped', existingRoleArn: undefined });
const withSource = (changes: Partial<StreamSettings>): KinesisFunctionConfig => ({
  ...scopedConfig,
  source: { ...config.source, ...changes },
});

const roleOf = ({ json, stack }: SynthesizedBlueprint) =>
  synthesizedFunctionRole(json, logicalIdOf(stack.consumer.lambdaFunction));
const streamArnOf = ({ json, stack }: SynthesizedBlueprint) =>
  config.source.streamArn ?? fakeArnOf(json, logicalIdOf(stack.source.stream));
const onFailureQueueOf = ({ stack }: SynthesizedBlueprint) => {
  const queue = stack.source.onFailure.queue;
  if (queue === undefined) throw new Error('The stack made no on-failure queue.');
  return logicalIdOf(queue);
};
const consumerOf = ({ stack }: SynthesizedBlueprint) => {
  const { consumer } = stack.source;
  if (consumer === undefined) throw new Error('The stack made no fan-out consumer.');
  return logicalIdOf(consumer);
};
/** What the mapping reads, as the template names it: the fan-out consumer, the new stream, or the existing one. */
const mappedSourceOf = ({ stack }: SynthesizedBlueprint) => {
  const { consumer, stream } = stack.source;
  if (consumer) return { 'Fn::GetAtt': [logicalIdOf(consumer), 'ConsumerARN'] };
  return config.source.streamArn ?? { 'Fn::GetAtt': [logicalIdOf(stream), 'Arn'] };
};

const blueprint = synthBlueprint();
const scoped = synthBlueprint({ config: scopedConfig });
const scopedRole = roleOf(scoped);
const streamArn = streamArnOf(scoped);
const onFailureQueueArn = fakeArnOf(scoped.json, onFailureQueueOf(scoped));

describe('the execution role in scoped mode', () => {
  it('allows the Kinesis read actions on the source stream, and on no other stream', () => {
    // Act
    const allowed = (resource: string) =>
      readActions.filter((action) => isAllowed(scopedRole.policyDocuments, action, resource));

    // Assess
    expect(allowed(streamArn)).toEqual(readActions);
    expect(allowed(anotherStreamArn)).toEqual(wildcardOnlyActions);
  });

  it('denies writing to the source stream and subscribing to it other than through a consumer', () => {
    // Prepare
    const notNeeded = ['kinesis:PutRecord', 'kinesis:PutRecords', 'kinesis:SubscribeToShard', 'kinesis:DeleteStream'];

    // Act
    const allowed = notNeeded.filter((action) => isAllowed(scopedRole.policyDocuments, action, streamArn));

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
    const consumerArn = fakeArnOf(synthesized.json, consumerOf(synthesized), 'ConsumerARN');
    const allowed = (resource: string) =>
      fanOutActions.filter((action) => isAllowed(roleOf(synthesized).policyDocuments, action, resource));
    expect(allowed(consumerArn)).toEqual(fanOutActions);
    expect(allowed(`${anotherStreamArn}/consumer/another:1704067200`)).toEqual([]);
    synthesized.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [consumerOf(synthesized), 'ConsumerARN'] },
    });
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
        source: streamArnOf(synthesized),
        'source-key': config.source.keyArn,
        consumer: config.source.enhancedFanOut
          ? fakeArnOf(synthesized.json, consumerOf(synthesized), 'ConsumerARN')
          : undefined,
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
    const withKey = synthBlueprint({ config: withSource({ keyArn }), role: without('kms-decrypt') });

    // Assess
    Annotations.fromStack(withKey.stack).hasWarning('*', Match.stringLikeRegexp('role prop lacks kms-decrypt'));
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

  it('creates an on-demand stream encrypted with the AWS managed key when no stream or key is configured', () => {
    // Act
    const created = synthBlueprint({
      config: withSource({
        streamArn: undefined,
        keyArn: undefined,
        newStream: { shardCount: undefined, retentionHours: 24 },
      }),
      role: without('kms-decrypt'),
    });

    // Assess
    const streamId = logicalIdOf(created.stack.source.stream);
    expect(logicalIdsUnder(created.stack.consumer, 'AWS::Kinesis::Stream')).toEqual([streamId]);
    expect(created.template.findResources('AWS::Kinesis::Stream')[streamId]?.Properties).toMatchObject({
      StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' },
      StreamModeDetails: { StreamMode: 'ON_DEMAND' },
      RetentionPeriodHours: 24,
    });
  });

  it('reads an existing stream by ARN without creating one, with the role scoped to it', () => {
    // Act
    const existing = synthBlueprint({
      config: withSource({ streamArn: existingStreamArn, enhancedFanOut: false }),
      role: without('kinesis-fan-out'),
    });

    // Assess
    expect(logicalIdsUnder(existing.stack.consumer, 'AWS::Kinesis::Stream')).toEqual([]);
    existing.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: existingStreamArn,
    });
    const { policyDocuments } = roleOf(existing);
    expect(isAllowed(policyDocuments, 'kinesis:GetRecords', existingStreamArn)).toBe(true);
    expect(isAllowed(policyDocuments, 'kinesis:GetRecords', anotherStreamArn)).toBe(false);
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

  it('finds nothing with a customer managed key and a fan-out consumer', () => {
    // Prepare
    const app = apps.newApp({ awsSolutionsChecks: true });
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
