import { readFileSync } from 'node:fs';
import { ConflictingPropsError } from '@lambda-blueprints/cdk';
import { composeRole, isAllowed, logGroupArn } from '@lambda-blueprints/role-templates';
import { fakeArnOf, functionRoleLogicalId, synthesizedFunctionRole } from '@lambda-blueprints/testing';
import { Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { config } from '../infra/config.js';
import type { SqsFifoFunctionConfig } from '../infra/function-config.js';
import { role } from '../infra/role.js';
import { logicalIdOf, type SynthesizedBlueprint, useBlueprintSynth } from './support/blueprint-synth.js';
import { fakeAwsContext, foreignArn, statementSet } from './support/policy-statements.js';

const { newApp, synthBlueprint } = useBlueprintSynth();

// What Lambda needs on the queue (the Lambda guide), independent of the catalog under test.
const pollActions = ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'];
const logActions = ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'];
const anotherQueueArn = foreignArn('sqs', 'another-queue.fifo');
const keyArn = foreignArn('kms', 'key/1234abcd-12ab-34cd-56ef-1234567890ab');

const queueArnOf = ({ json, stack }: SynthesizedBlueprint) => fakeArnOf(json, logicalIdOf(stack.source.queue));
const deadLetterQueueOf = ({ stack }: SynthesizedBlueprint) => {
  const queue = stack.source.deadLetterQueue;
  if (queue === undefined) throw new Error('the stack made no dead-letter queue');
  return queue;
};
const withConfig = (changes: Partial<SqsFifoFunctionConfig>): SqsFifoFunctionConfig => ({ ...config, ...changes });

const blueprint = synthBlueprint();
const functionRole = synthesizedFunctionRole(blueprint.json);
const queueArn = queueArnOf(blueprint);

describe('the execution role', () => {
  it('allows receiving, deleting and reading attributes on the source queue, and on no other queue', () => {
    // Prepare
    const deadLetterQueueArn = fakeArnOf(blueprint.json, logicalIdOf(deadLetterQueueOf(blueprint)));

    // Act
    const allowed = (resource: string) =>
      pollActions.map((action) => isAllowed(functionRole.policyDocuments, action, resource));

    // Assess
    expect(allowed(queueArn)).toEqual([true, true, true]);
    expect(allowed(deadLetterQueueArn)).toEqual([false, false, false]);
    expect(allowed(anotherQueueArn)).toEqual([false, false, false]);
  });

  it('denies sending, purging and the other queue actions Lambda does not need on the source queue', () => {
    // Prepare
    const notNeeded = ['sqs:SendMessage', 'sqs:ChangeMessageVisibility', 'sqs:PurgeQueue', 'sqs:SetQueueAttributes'];

    // Act
    const allowed = notNeeded.filter((action) => isAllowed(functionRole.policyDocuments, action, queueArn));

    // Assess
    expect(allowed).toEqual([]);
  });

  it('lets the function write logs to its own log group only', () => {
    // Prepare
    const ownLogGroup = logGroupArn(fakeAwsContext, config.functionName);
    const otherLogGroup = logGroupArn(fakeAwsContext, 'another-function');

    // Act
    const allowedOn = (resource: string) =>
      logActions.filter((action) => isAllowed(functionRole.policyDocuments, action, resource));

    // Assess
    expect(allowedOn(ownLogGroup)).toEqual(logActions);
    expect(allowedOn(`${ownLogGroup}:log-stream:2025/01/01/[$LATEST]abc`)).toEqual(logActions);
    expect(allowedOn(otherLogGroup)).toEqual([]);
  });

  it('holds exactly the statements the catalog composes for infra/role.ts, and no managed policy', () => {
    // Prepare
    const arns = { 'log-group': logGroupArn(fakeAwsContext, config.functionName), source: queueArn };

    // Act
    const expected = composeRole(role, { arns, context: fakeAwsContext, mode: config.roleMode });

    // Assess
    expect(statementSet(functionRole.policyDocuments)).toEqual(statementSet([expected.policyDocument]));
    expect(functionRole.managedPolicyArns).toEqual([]);
  });

  it('changes only the role when a line is added to infra/role.ts', () => {
    // Prepare
    const roleId = functionRoleLogicalId(blueprint.json);
    const withoutRole = (resources: object) => Object.entries(resources).filter(([id]) => id !== roleId);

    // Act
    const traced = synthBlueprint({ role: [...role, { template: 'xray-write' }] });

    // Assess
    expect(withoutRole(traced.json.Resources ?? {})).toEqual(withoutRole(blueprint.json.Resources ?? {}));
    const tracedRole = synthesizedFunctionRole(traced.json);
    expect(isAllowed(tracedRole.policyDocuments, 'xray:PutTraceSegments', '*')).toBe(true);
    expect(isAllowed(functionRole.policyDocuments, 'xray:PutTraceSegments', '*')).toBe(false);
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
    const traced = synthBlueprint({ config: withConfig({ tracing: true }) });

    // Assess
    Annotations.fromStack(traced.stack).hasWarning('*', Match.stringLikeRegexp('role prop lacks xray-write'));
  });
});

describe('the queue and its mapping', () => {
  it('maps the queue to the function with ReportBatchItemFailures and the configured batch size', () => {
    // Prepare
    const { stack, template } = blueprint;

    // Act
    const mappings = template.findResources('AWS::Lambda::EventSourceMapping');

    // Assess
    const [mapping, ...others] = Object.values(mappings);
    expect(others).toEqual([]);
    expect(mapping?.Properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(stack.source.queue), 'Arn'] },
      FunctionName: { Ref: logicalIdOf(stack.consumer.lambdaFunction) },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: config.source.batchSize,
    });
  });

  it('moves a message to a FIFO dead-letter queue after maxReceiveCount receives', () => {
    // Prepare
    const { stack, template } = blueprint;
    const deadLetterQueueId = logicalIdOf(deadLetterQueueOf(blueprint));

    // Act
    const queues = template.findResources('AWS::SQS::Queue');

    // Assess
    expect(Object.keys(queues).sort()).toEqual([deadLetterQueueId, logicalIdOf(stack.source.queue)].sort());
    expect(queues[logicalIdOf(stack.source.queue)]?.Properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [deadLetterQueueId, 'Arn'] },
      maxReceiveCount: config.source.newQueue?.maxReceiveCount,
    });
    expect(Object.values(queues).map((queue) => queue.Properties.FifoQueue)).toEqual([true, true]);
  });

  it.each([
    ['infra/config.ts', config],
    ['a longer timeout', withConfig({ timeoutSeconds: 120 })],
  ])('keeps the visibility timeout at least 6 x the function timeout with %s', (_case, settings) => {
    // Prepare
    const { template } = synthBlueprint({ config: settings });

    // Act
    const [fn] = Object.values(template.findResources('AWS::Lambda::Function'));
    const [mapping] = Object.values(template.findResources('AWS::Lambda::EventSourceMapping'));
    const queue = Object.values(template.findResources('AWS::SQS::Queue')).find((q) => q.Properties.RedrivePolicy);

    // Assess
    expect(mapping?.Properties.MaximumBatchingWindowInSeconds).toBeUndefined();
    expect(fn?.Properties.Timeout).toBe(settings.timeoutSeconds);
    expect(queue?.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * settings.timeoutSeconds);
  });

  it('reads an existing FIFO queue by ARN without creating queues, with the role scoped to it and its key', () => {
    // Prepare
    const existingQueueArn = foreignArn('sqs', 'orders.fifo');
    const settings = withConfig({ source: { existingQueueArn, keyArn, batchSize: 5 } });

    // Act
    const { template, json } = synthBlueprint({
      config: settings,
      role: [...role, { template: 'kms-decrypt', on: 'source-key' }],
    });

    // Assess
    template.resourceCountIs('AWS::SQS::Queue', 0);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: existingQueueArn,
      BatchSize: 5,
    });
    const { policyDocuments } = synthesizedFunctionRole(json);
    expect(pollActions.every((action) => isAllowed(policyDocuments, action, existingQueueArn))).toBe(true);
    expect(isAllowed(policyDocuments, 'kms:Decrypt', keyArn)).toBe(true);
    expect(isAllowed(policyDocuments, 'sqs:ReceiveMessage', anotherQueueArn)).toBe(false);
  });

  it('refuses an existing queue that is not a FIFO queue', () => {
    // Prepare
    const settings = withConfig({
      source: { existingQueueArn: foreignArn('sqs', 'orders'), keyArn: undefined, batchSize: 10 },
    });

    // Act
    const act = () => synthBlueprint({ config: settings });

    // Assess
    expect(act).toThrow(ConflictingPropsError);
  });
});

describe('the function', () => {
  it('runs in the subnets and security groups of the configured VPC, with vpc-access in its role', () => {
    // Prepare
    const vpc = {
      vpcId: 'vpc-0123456789abcdef0',
      availabilityZones: ['us-east-1a', 'us-east-1b'],
      privateSubnetIds: ['subnet-0aaaaaaaaaaaaaaaa', 'subnet-0bbbbbbbbbbbbbbbb'],
      securityGroupIds: ['sg-0cccccccccccccccc'],
    };

    // Act
    const { template, stack, json } = synthBlueprint({
      config: withConfig({ vpc }),
      role: [...role, { template: 'vpc-access' }],
    });

    // Assess
    template.hasResourceProperties('AWS::Lambda::Function', {
      VpcConfig: { SubnetIds: vpc.privateSubnetIds, SecurityGroupIds: vpc.securityGroupIds },
    });
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('role prop lacks'));
    const { policyDocuments } = synthesizedFunctionRole(json);
    expect(isAllowed(policyDocuments, 'ec2:CreateNetworkInterface', foreignArn('ec2', 'network-interface/eni-1'))).toBe(
      true,
    );
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
});
