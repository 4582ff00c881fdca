import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { fixturePackage, QueueFixtureStack, queueConfig, queueRole } from './support/fixture-blueprints.js';
import { logicalIdOf, useSynthFixture } from './support/synth-fixture.js';

const fixture = useSynthFixture();
const packageDirectory = fixturePackage(queueRole);
const files = { config: queueConfig, role: queueRole, codeDirectory: new URL('dist', packageDirectory) };

describe('BlueprintFunctionStack', () => {
  it("makes the function of the package's config, role and dist/ when the props name none", () => {
    // Act
    const stack = new QueueFixtureStack(fixture.newApp(), {}, files);

    // Assess
    const template = Template.fromStack(stack);
    expect(stack.config).toBe(queueConfig);
    expect(stack.consumer.roleSpec).toBe(queueRole);
    expect(template.toJSON().Description).toBe(queueConfig.description);
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: queueConfig.functionName,
      Timeout: queueConfig.timeoutSeconds,
      MemorySize: queueConfig.memorySize,
      Tags: [{ Key: 'lambda-blueprints:blueprint', Value: queueConfig.functionName }],
    });
  });

  it('takes the config, role and bundle folder of its props instead', () => {
    // Prepare
    const config = { ...queueConfig, functionName: 'other-function', timeoutSeconds: 60, tracing: true };
    const role = [...queueRole, { template: 'xray-write' } as const];

    // Act
    const stack = new QueueFixtureStack(
      fixture.newApp(),
      { config, role, codeDirectory: fixture.codeDirectory },
      files,
    );

    // Assess
    expect(stack.config).toBe(config);
    expect(stack.consumer.roleSpec).toBe(role);
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'other-function',
      Timeout: 60,
      TracingConfig: { Mode: 'Active' },
    });
  });

  it('runs the function as the existing role of the config, in the subnets and security groups of its VPC', () => {
    // Prepare
    const roleArn = 'arn:aws:iam::123456789012:role/orders-consumer';
    const vpc = {
      vpcId: 'vpc-0123456789abcdef0',
      availabilityZones: ['us-east-1a'],
      privateSubnetIds: ['subnet-0aaaaaaaaaaaaaaaa'],
      securityGroupIds: ['sg-0cccccccccccccccc', 'sg-0dddddddddddddddd'],
    };
    const config = { ...queueConfig, vpc, existingRoleArn: roleArn };

    // Act
    const stack = new QueueFixtureStack(fixture.newApp(), { config }, files);

    // Assess
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Role: roleArn,
      VpcConfig: { SubnetIds: vpc.privateSubnetIds, SecurityGroupIds: vpc.securityGroupIds },
    });
    expect(template.findResources('AWS::IAM::Role')).toEqual({});
  });

  it('outputs the queue URL, and the DLQ URL of a queue it creates', () => {
    // Prepare
    const existing = {
      ...queueConfig,
      source: {
        existingQueueArn: 'arn:aws:sqs:us-east-1:123456789012:orders',
        keyArn: undefined,
        batchSize: 10,
        maxBatchingWindowSeconds: 0,
      },
    };

    // Act
    const created = new QueueFixtureStack(fixture.newApp(), {}, files);
    const imported = new QueueFixtureStack(fixture.newApp(), { config: existing }, files);

    // Assess
    const outputs = Template.fromStack(created).toJSON().Outputs;
    expect(outputs.QueueUrl.Value).toEqual({ Ref: logicalIdOf(created.source.queue) });
    const { deadLetterQueue } = created.source;
    expect(deadLetterQueue).toBeDefined();
    expect(outputs.DeadLetterQueueUrl.Value).toEqual({ Ref: deadLetterQueue && logicalIdOf(deadLetterQueue) });
    expect(Object.keys(Template.fromStack(imported).toJSON().Outputs)).toEqual(['QueueUrl']);
  });
});
