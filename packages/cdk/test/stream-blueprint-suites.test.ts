import { fakeArnOf, foreignArn } from '@lambda-blueprints/testing';
import {
  blueprintUnderTest,
  describeCdkNag,
  describeCloudFormationRules,
  describeStreamSource,
  logicalIdOf,
  type StackVariant,
} from '../src/testing/index.js';
import {
  anotherStreamArn,
  fixturePackage,
  StreamFixtureStack,
  streamConfig,
  streamRole,
} from './support/fixture-blueprints.js';

// The stream suite holds for a Kinesis blueprint made of the package API, as the blueprints are.
const packageDirectory = fixturePackage(streamRole);
const files = { config: streamConfig, role: streamRole, codeDirectory: new URL('dist', packageDirectory) };
const existingStreamArn = foreignArn('kinesis', 'stream/existing');
const blueprint = blueprintUnderTest({
  packageDirectory,
  config: streamConfig,
  role: streamRole,
  newStack: (app, props) => new StreamFixtureStack(app, props, files),
  stackArns: ({ json, stack }) => ({
    source: stack.config.source.streamArn ?? fakeArnOf(json, logicalIdOf(stack.source.stream)),
    'on-failure': stack.source.onFailure.queue && fakeArnOf(json, logicalIdOf(stack.source.onFailure.queue)),
  }),
});

describeStreamSource(blueprint, {
  sourceName: 'stream',
  readActions: ['kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListStreams'],
  wildcardOnlyActions: ['kinesis:ListStreams'],
  anotherStreamArn,
  existingStream: {
    arn: existingStreamArn,
    source: { streamArn: existingStreamArn },
    createdType: 'AWS::Kinesis::Stream',
  },
});
const synthVariants: StackVariant<typeof streamConfig>[] = [
  {
    name: 'with a customer managed key',
    props: {
      config: blueprint.scopedConfigWith({
        source: { keyArn: foreignArn('kms', 'key/1234abcd-12ab-34cd-56ef-1234567890ab') },
      }),
      role: blueprint.roleWith({ template: 'kms-decrypt', on: 'source-key' }),
    },
  },
];
describeCdkNag(blueprint, synthVariants);
describeCloudFormationRules(blueprint, synthVariants);
