import { Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import {
  type BlueprintFunctionProps,
  type BlueprintStack,
  DynamoDbStreamSource,
  KinesisStreamSource,
  OnFailureDestination,
  SqsQueueSource,
} from '../src/index.js';
import { foreignArn } from './support/role-under-test.js';
import { useSynthFixture } from './support/synth-fixture.js';

const KEY_ARN = foreignArn('kms', 'key/1234abcd-12ab-34cd-56ef-1234567890ab');

const fixture = useSynthFixture();

/**
 * Synthesizes a stack holding one BlueprintFunction (and whatever `extend` adds) with AwsSolutionsChecks: cdk-nag v3
 * makes `app.synth()` throw on any finding that is not acknowledged.
 */
function synthWithNag(
  props: (stack: BlueprintStack) => Partial<BlueprintFunctionProps>,
  extend?: (stack: BlueprintStack) => void,
) {
  const app = fixture.newApp();
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const stack = fixture.newStack(app);
  fixture.newFunction(props(stack), stack);
  extend?.(stack);
  return () => app.synth();
}

describe('cdk-nag AwsSolutionsChecks', () => {
  it.each<[string, (stack: BlueprintStack) => Partial<BlueprintFunctionProps>]>([
    ['an SQS source', () => ({ source: new SqsQueueSource() })],
    ['a FIFO SQS source', () => ({ source: new SqsQueueSource({ fifo: true }) })],
    ['a Kinesis source', () => ({ source: new KinesisStreamSource() })],
    ['a DynamoDB Streams source', () => ({ source: new DynamoDbStreamSource() })],
  ])('finds nothing in the stack of %s', (_case, props) => {
    // Prepare
    const synth = synthWithNag(props);

    // Act / Assess
    expect(synth).not.toThrow();
  });

  it('finds nothing with every option that adds wildcards or managed policies', () => {
    // Prepare
    const synth = synthWithNag((stack) => ({
      roleMode: 'managed',
      tracing: true,
      vpc: ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
        vpcId: 'vpc-0123456789abcdef0',
        availabilityZones: ['us-east-1a'],
        privateSubnetIds: ['subnet-0123456789abcdef0'],
      }),
      source: new KinesisStreamSource({
        keyArn: KEY_ARN,
        enhancedFanOut: true,
        onFailure: OnFailureDestination.bucket('arn:aws:s3:::stream-failures', { keyArn: KEY_ARN }),
      }),
    }));

    // Act / Assess
    expect(synth).not.toThrow();
  });

  it('finds nothing in scoped mode with tracing and a VPC', () => {
    // Prepare
    const synth = synthWithNag((stack) => ({
      tracing: true,
      vpc: ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
        vpcId: 'vpc-0123456789abcdef0',
        availabilityZones: ['us-east-1a'],
        privateSubnetIds: ['subnet-0123456789abcdef0'],
      }),
      source: new DynamoDbStreamSource({ keyArn: KEY_ARN }),
    }));

    // Act / Assess
    expect(synth).not.toThrow();
  });

  it('still reports what the construct does not acknowledge (a plain queue next to it)', () => {
    // Prepare
    const synth = synthWithNag(
      () => ({ source: new SqsQueueSource() }),
      (stack) => new sqs.Queue(stack, 'PlainQueue'),
    );

    // Act / Assess
    expect(synth).toThrow(/AwsSolutions-SQS3/);
  });
});
