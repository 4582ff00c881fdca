import {
  blueprintUnderTest,
  describeBlueprintFunction,
  describeBlueprintRole,
  describeCdkNag,
  describeCloudFormationRules,
  describeStreamSource,
  logicalIdOf,
  logicalIdsUnder,
  type StackVariant,
} from '@lambda-blueprints/cdk/testing';
import { getTemplate, isAllowed } from '@lambda-blueprints/role-templates';
import { fakeArnOf, foreignArn } from '@lambda-blueprints/testing';
import { describe, expect, it } from 'vitest';
import { config } from '../infra/config.js';
import { role } from '../infra/role.js';
import { KinesisBlueprintStack } from '../infra/stack.js';

const anotherStreamArn = foreignArn('kinesis', 'stream/another-stream');
const existingStreamArn = foreignArn('kinesis', 'stream/existing-readings');
const keyArn = foreignArn('kms', 'key/1234abcd-12ab-34cd-56ef-1234567890ab');

const blueprint = blueprintUnderTest({
  packageDirectory: new URL('..', import.meta.url),
  config,
  role,
  newStack: (app, props) => new KinesisBlueprintStack(app, 'BlueprintUnderTest', props),
  stackArns: ({ json, stack }) => {
    const { consumer, onFailure, stream } = stack.source;
    return {
      source: stack.config.source.streamArn ?? fakeArnOf(json, logicalIdOf(stream)),
      consumer: consumer && fakeArnOf(json, logicalIdOf(consumer), 'ConsumerARN'),
      'on-failure': onFailure.queue && fakeArnOf(json, logicalIdOf(onFailure.queue)),
    };
  },
});

describeBlueprintRole(blueprint);
describeStreamSource(blueprint, {
  sourceName: 'stream',
  // What Lambda needs on a stream (the Lambda guide), independent of the catalog under test.
  readActions: [
    'kinesis:DescribeStream',
    'kinesis:DescribeStreamSummary',
    'kinesis:GetRecords',
    'kinesis:GetShardIterator',
    'kinesis:ListShards',
    'kinesis:ListStreams',
  ],
  wildcardOnlyActions: ['kinesis:ListStreams'],
  anotherStreamArn,
  existingStream: {
    arn: existingStreamArn,
    source: { streamArn: existingStreamArn, enhancedFanOut: false },
    role: blueprint.roleWithout('kinesis-fan-out'),
    createdType: 'AWS::Kinesis::Stream',
  },
});
describeBlueprintFunction(blueprint);
// The stack with its options turned on, for the synth-time checks besides the files as they are.
const synthVariants: StackVariant<typeof config>[] = [
  {
    name: 'with a customer managed key and a fan-out consumer',
    props: {
      config: blueprint.scopedConfigWith({ source: { keyArn, enhancedFanOut: true } }),
      role: blueprint.roleWith(
        { template: 'kms-decrypt', on: 'source-key' },
        { template: 'kinesis-fan-out', on: 'consumer' },
      ),
    },
  },
];
describeCdkNag(blueprint, synthVariants);
describeCloudFormationRules(blueprint, synthVariants);

/** The fan-out consumer's logical id: the stack makes one when infra/config.ts turns enhancedFanOut on. */
const consumerOf = ({ stack }: typeof blueprint.configured) => {
  const { consumer } = stack.source;
  if (consumer === undefined) throw new Error('The stack made no fan-out consumer.');
  return logicalIdOf(consumer);
};

describe('the execution role in scoped mode', () => {
  it('denies writing to the source stream and subscribing to it other than through a consumer', () => {
    // Prepare
    const notNeeded = ['kinesis:PutRecord', 'kinesis:PutRecords', 'kinesis:SubscribeToShard', 'kinesis:DeleteStream'];
    const streamArn = blueprint.requiredArnOf(blueprint.scoped, 'source');

    // Act
    const { policyDocuments } = blueprint.roleOf(blueprint.scoped);
    const allowed = notNeeded.filter((action) => isAllowed(policyDocuments, action, streamArn));

    // Assess
    expect(allowed).toEqual([]);
  });

  it('allows the fan-out actions on its consumer only, once infra/role.ts has kinesis-fan-out on consumer', () => {
    // Prepare
    const fanOutActions = getTemplate('kinesis-fan-out').statements.flatMap((statement) => statement.actions);

    // Act
    const synthesized = blueprint.synth({
      config: blueprint.scopedConfigWith({ source: { enhancedFanOut: true } }),
      role: blueprint.roleWith({ template: 'kinesis-fan-out', on: 'consumer' }),
    });

    // Assess
    const consumerArn = fakeArnOf(synthesized.json, consumerOf(synthesized), 'ConsumerARN');
    const { policyDocuments } = blueprint.roleOf(synthesized);
    const allowed = (resource: string) =>
      fanOutActions.filter((action) => isAllowed(policyDocuments, action, resource));
    expect(allowed(consumerArn)).toEqual(fanOutActions);
    expect(allowed(`${anotherStreamArn}/consumer/another:1704067200`)).toEqual([]);
    synthesized.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [consumerOf(synthesized), 'ConsumerARN'] },
    });
  });
});

describe('the stream and its mapping', () => {
  it('creates an on-demand stream encrypted with the AWS managed key when no stream or key is configured', () => {
    // Act
    const created = blueprint.synth({
      config: blueprint.scopedConfigWith({
        source: { streamArn: undefined, keyArn: undefined, newStream: { shardCount: undefined, retentionHours: 24 } },
      }),
      role: blueprint.roleWithout('kms-decrypt'),
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
});
