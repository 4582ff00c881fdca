import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Stack } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { afterAll, describe, expect, it } from 'vitest';
import { logicalIdOf, logicalIdsUnder, synthesizeForTest, TestApps } from '../src/testing/index.js';

const folder = mkdtempSync(join(tmpdir(), 'cdk-testing-helpers-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A cdk.json with `context`, as a package root holds it. */
function cdkJsonWith(context: Record<string, unknown>): URL {
  const file = join(folder, 'cdk.json');
  writeFileSync(file, JSON.stringify({ app: 'tsx infra/app.ts', context }));
  return pathToFileURL(file);
}

/** A stack with one queue of its own and a construct holding two more. */
function stackWithQueues(stack: Stack) {
  const own = new sqs.Queue(stack, 'Own');
  const group = new Construct(stack, 'Group');
  const inGroup = [new sqs.Queue(group, 'First'), new sqs.Queue(group, 'Second')];
  return { own, group, inGroup };
}

describe('TestApps', () => {
  it("gives every app the context of the package's cdk.json", () => {
    // Prepare
    const apps = new TestApps({ cdkJson: cdkJsonWith({ 'blueprints:flag': 'on' }) });

    // Act
    const app = apps.newApp();

    // Assess
    expect(app.node.tryGetContext('blueprints:flag')).toBe('on');
    apps.dispose();
  });

  it('writes each app into its own folder and removes them all on dispose', () => {
    // Prepare
    const apps = new TestApps();
    const outdirs = [apps.newApp(), apps.newApp()].map((app) => app.outdir);

    // Act
    const before = outdirs.map((outdir) => existsSync(join(outdir, '..')));
    apps.dispose();

    // Assess
    expect(new Set(outdirs).size).toBe(2);
    expect(before).toEqual([true, true]);
    expect(outdirs.map((outdir) => existsSync(join(outdir, '..')))).toEqual([false, false]);
  });

  it("makes synth fail on cdk-nag's AwsSolutions findings only when asked to check", () => {
    // Prepare
    const apps = new TestApps();
    const [checked, unchecked] = [apps.newApp({ awsSolutionsChecks: true }), apps.newApp()];
    for (const app of [checked, unchecked]) new sqs.Queue(new Stack(app, 'Unencrypted'), 'Queue');

    // Act
    const synth = [checked, unchecked].map((app) => () => app.synth());

    // Assess
    expect(synth[0]).toThrow(/AwsSolutions-SQS/);
    expect(synth[1]).not.toThrow();
    apps.dispose();
  });

  it("makes synth fail on CloudFormation's template rules only when asked to", () => {
    // Prepare: a queue with a visibility timeout over CloudFormation's maximum (43,200 s), which only deploy would refuse.
    const apps = new TestApps();
    const [checked, unchecked] = [apps.newApp({ cloudFormationRules: true }), apps.newApp()];
    for (const app of [checked, unchecked]) {
      const queue = new sqs.Queue(new Stack(app, 'OutOfRange'), 'Queue');
      (queue.node.defaultChild as sqs.CfnQueue).addPropertyOverride('VisibilityTimeout', 99_999);
    }

    // Act
    const synth = [checked, unchecked].map((app) => () => app.synth());

    // Assess
    expect(synth[0]).toThrow(/VisibilityTimeout: 99999 is greater than the maximum of 43200/);
    expect(synth[1]).not.toThrow();
    apps.dispose();
  });
});

describe('synthesizeForTest', () => {
  it('gives the template as assertions and as JSON holding the same resources', () => {
    // Prepare
    const apps = new TestApps();
    const stack = new Stack(apps.newApp(), 'Queues');
    const { own } = stackWithQueues(stack);

    // Act
    const synthesized = synthesizeForTest(stack);

    // Assess
    synthesized.template.resourceCountIs('AWS::SQS::Queue', 3);
    expect(synthesized.json.Resources?.[logicalIdOf(own)]?.Type).toBe('AWS::SQS::Queue');
    expect(synthesized.stack).toBe(stack);
    apps.dispose();
  });
});

describe('logicalIdsUnder', () => {
  it('lists only the resources of the type that the construct and its children define', () => {
    // Prepare
    const apps = new TestApps();
    const stack = new Stack(apps.newApp(), 'Queues');
    const { group, inGroup } = stackWithQueues(stack);

    // Act
    const [queues, policies] = [
      logicalIdsUnder(group, 'AWS::SQS::Queue'),
      logicalIdsUnder(group, 'AWS::SQS::QueuePolicy'),
    ];

    // Assess
    expect(queues).toEqual(inGroup.map(logicalIdOf).sort());
    expect(policies).toEqual([]);
    expect(logicalIdsUnder(stack, 'AWS::SQS::Queue')).toHaveLength(3);
    apps.dispose();
  });
});
