import { readFileSync } from 'node:fs';
import { logicalIdOf, logicalIdsUnder, synthesizeForTest, TestApps } from '@lambda-blueprints/cdk/testing';
import { isAllowed, logGroupArn, sinkResourceArns } from '@lambda-blueprints/role-templates';
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
import type { SqsFunctionConfig } from '../infra/function-config.js';
import { role } from '../infra/role.js';
import { SqsBlueprintStack, type SqsBlueprintStackProps } from '../infra/stack.js';

const apps = new TestApps({ cdkJson: new URL('../cdk.json', import.meta.url) });
afterAll(() => apps.dispose());
const synthBlueprint = (props: SqsBlueprintStackProps = {}, app = apps.newApp()) =>
  synthesizeForTest(new SqsBlueprintStack(app, 'BlueprintUnderTest', props));
type SynthesizedBlueprint = ReturnType<typeof synthBlueprint>;

// What Lambda needs on the queue (the Lambda guide), independent of the catalog under test.
const pollActions = ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'];
const logActions = ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'];
const anotherQueueArn = foreignArn('sqs', 'another-queue');
const keyArn = foreignArn('kms', 'key/1234abcd-12ab-34cd-56ef-1234567890ab');

const withConfig = (changes: Partial<SqsFunctionConfig>): SqsFunctionConfig => ({ ...config, ...changes });
const without = (template: string) => role.filter((entry) => entry.template !== template);
// The least-privilege checks read a role the stack creates in scoped mode. Whatever infra/config.ts chooses, the catalog
// comparison checks the role in both modes (with an existing role: the policy that role must hold).
const scopedConfig = withConfig({ roleMode: 'scoped', existingRoleArn: undefined });

const roleOf = ({ json, stack }: SynthesizedBlueprint) =>
  synthesizedFunctionRole(json, logicalIdOf(stack.consumer.lambdaFunction));
/** The queue of infra/config.ts as the template names it: the existing queue's ARN, or the new queue's. */
const mappedQueueOf = ({ stack }: SynthesizedBlueprint) =>
  config.source.existingQueueArn ?? { 'Fn::GetAtt': [logicalIdOf(stack.source.queue), 'Arn'] };
const queueArnOf = ({ json, stack }: SynthesizedBlueprint) =>
  config.source.existingQueueArn ?? fakeArnOf(json, logicalIdOf(stack.source.queue));

const blueprint = synthBlueprint();
const scoped = synthBlueprint({ config: scopedConfig });
const scopedRole = roleOf(scoped);
const queueArn = queueArnOf(scoped);

describe('the execution role in scoped mode', () => {
  it('allows receiving, deleting and reading attributes on the source queue, and on no other queue', () => {
    // Act
    const allowed = (resource: string) =>
      pollActions.map((action) => isAllowed(scopedRole.policyDocuments, action, resource));

    // Assess
    expect(allowed(queueArn)).toEqual([true, true, true]);
    expect(allowed(anotherQueueArn)).toEqual([false, false, false]);
  });

  it('denies sending, purging and the other queue actions Lambda does not need on the source queue', () => {
    // Prepare
    const notNeeded = ['sqs:SendMessage', 'sqs:ChangeMessageVisibility', 'sqs:PurgeQueue', 'sqs:SetQueueAttributes'];

    // Act
    const allowed = notNeeded.filter((action) => isAllowed(scopedRole.policyDocuments, action, queueArn));

    // Assess
    expect(allowed).toEqual([]);
  });

  it('lets the function write logs to its own log group only', () => {
    // Prepare
    const ownLogGroup = logGroupArn(FAKE_AWS_CONTEXT, config.functionName);
    const otherLogGroup = logGroupArn(FAKE_AWS_CONTEXT, 'another-function');

    // Act
    const allowedOn = (resource: string) =>
      logActions.filter((action) => isAllowed(scopedRole.policyDocuments, action, resource));

    // Assess
    expect(allowedOn(ownLogGroup)).toEqual(logActions);
    expect(allowedOn(`${ownLogGroup}:log-stream:2025/01/01/[$LATEST]abc`)).toEqual(logActions);
    expect(allowedOn(otherLogGroup)).toEqual([]);
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
});

describe('the execution role', () => {
  it.each(['scoped', 'managed'] as const)(
    'holds exactly what the catalog composes for infra/role.ts in %s mode',
    (roleMode) => {
      // Prepare
      const synthesized = synthBlueprint({ config: withConfig({ roleMode, existingRoleArn: undefined }) });
      const arns = {
        'log-group': logGroupArn(FAKE_AWS_CONTEXT, config.functionName),
        source: queueArnOf(synthesized),
        'source-key': config.source.keyArn,
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
      EventSourceArn: mappedQueueOf(blueprint),
      FunctionName: { Ref: logicalIdOf(stack.consumer.lambdaFunction) },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: config.source.batchSize,
    });
  });

  it('reads an existing queue by ARN without creating queues, with the role scoped to it and its key', () => {
    // Prepare
    const existingQueueArn = foreignArn('sqs', 'orders');
    const settings: SqsFunctionConfig = {
      ...scopedConfig,
      source: { existingQueueArn, keyArn, batchSize: 5, maxBatchingWindowSeconds: 0 },
    };

    // Act
    const existing = synthBlueprint({
      config: settings,
      role: [...role, { template: 'kms-decrypt', on: 'source-key' }],
    });

    // Assess
    expect(logicalIdsUnder(existing.stack.consumer, 'AWS::SQS::Queue')).toEqual([]);
    existing.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: existingQueueArn,
      BatchSize: 5,
    });
    const { policyDocuments } = roleOf(existing);
    expect(pollActions.every((action) => isAllowed(policyDocuments, action, existingQueueArn))).toBe(true);
    expect(isAllowed(policyDocuments, 'kms:Decrypt', keyArn)).toBe(true);
    expect(isAllowed(policyDocuments, 'sqs:ReceiveMessage', anotherQueueArn)).toBe(false);
  });
});

describe.runIf(config.source.newQueue)('the queue the stack creates (infra/config.ts: newQueue)', () => {
  const deadLetterQueueOf = ({ stack }: SynthesizedBlueprint) => {
    const queue = stack.source.deadLetterQueue;
    if (queue === undefined) throw new Error('The stack made no dead-letter queue.');
    return logicalIdOf(queue);
  };

  it('moves a message to a standard dead-letter queue after maxReceiveCount receives', () => {
    // Prepare
    const { stack, template } = blueprint;
    const queueId = logicalIdOf(stack.source.queue);

    // Act
    const queues = template.findResources('AWS::SQS::Queue');

    // Assess
    expect(logicalIdsUnder(stack.consumer, 'AWS::SQS::Queue')).toEqual([deadLetterQueueOf(blueprint), queueId].sort());
    expect(queues[queueId]?.Properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [deadLetterQueueOf(blueprint), 'Arn'] },
      maxReceiveCount: config.source.newQueue?.maxReceiveCount,
    });
    expect([queueId, deadLetterQueueOf(blueprint)].map((id) => queues[id]?.Properties.FifoQueue)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('denies the function every poll action on the dead-letter queue', () => {
    // Prepare
    const deadLetterQueueArn = fakeArnOf(scoped.json, deadLetterQueueOf(scoped));

    // Act
    const allowed = pollActions.filter((action) => isAllowed(scopedRole.policyDocuments, action, deadLetterQueueArn));

    // Assess
    expect(allowed).toEqual([]);
  });

  it.each([
    ['infra/config.ts', config],
    [
      'a longer timeout and a batching window',
      withConfig({
        timeoutSeconds: 120,
        source: { ...config.source, batchSize: 500, maxBatchingWindowSeconds: 20 },
      }),
    ],
  ])(
    'keeps the visibility timeout at least 6 x the function timeout + the batching window with %s',
    (_case, settings) => {
      // Prepare
      const { template, stack } = synthBlueprint({ config: settings });

      // Act
      const fn = template.findResources('AWS::Lambda::Function')[logicalIdOf(stack.consumer.lambdaFunction)];
      const [mapping] = Object.values(template.findResources('AWS::Lambda::EventSourceMapping'));
      const queue = template.findResources('AWS::SQS::Queue')[logicalIdOf(stack.source.queue)];

      // Assess
      const window = mapping?.Properties.MaximumBatchingWindowInSeconds ?? 0;
      expect(window).toBe(settings.source.maxBatchingWindowSeconds);
      expect(queue?.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * fn?.Properties.Timeout + window);
    },
  );
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
    const inVpc = synthBlueprint({
      config: { ...scopedConfig, vpc },
      role: [...role, { template: 'vpc-access' }],
    });

    // Assess
    inVpc.template.hasResourceProperties('AWS::Lambda::Function', {
      VpcConfig: { SubnetIds: vpc.privateSubnetIds, SecurityGroupIds: vpc.securityGroupIds },
    });
    Annotations.fromStack(inVpc.stack).hasNoWarning('*', Match.stringLikeRegexp('role prop lacks'));
    const { policyDocuments } = roleOf(inVpc);
    expect(isAllowed(policyDocuments, 'ec2:CreateNetworkInterface', foreignArn('ec2', 'network-interface/eni-1'))).toBe(
      true,
    );
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
});
