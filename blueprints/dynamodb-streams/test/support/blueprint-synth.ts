import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CloudFormationTemplate } from '@lambda-blueprints/testing';
import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { afterAll } from 'vitest';
import { DynamodbStreamsBlueprintStack, type DynamodbStreamsBlueprintStackProps } from '../../infra/stack.js';

/** The blueprint's stack synthesized in process, as aws-cdk-lib assertions and as plain JSON. */
export interface SynthesizedBlueprint {
  app: App;
  stack: DynamodbStreamsBlueprintStack;
  template: Template;
  json: CloudFormationTemplate;
}

// The context `cdk synth` reads from cdk.json, so the tests synthesize what the CLI does.
const cdkJsonContext = (
  JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> }
).context;

/**
 * One temporary folder per test file holding the `outdir` of every app (so no cdk.out is left in the OS temp dir),
 * removed after the file's tests. Synthesis reads the bundle in dist/, which the test script builds first.
 */
export function useBlueprintSynth() {
  const root = mkdtempSync(join(tmpdir(), 'blueprint-infra-test-'));
  let apps = 0;
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const newApp = (): App => {
    apps += 1;
    return new App({ outdir: join(root, `cdk.out-${apps}`), context: cdkJsonContext });
  };

  /** Builds the stack (infra/config.ts and infra/role.ts unless `props` say otherwise) and synthesizes it. */
  const synthBlueprint = (
    props: DynamodbStreamsBlueprintStackProps = {},
    app: App = newApp(),
  ): SynthesizedBlueprint => {
    const stack = new DynamodbStreamsBlueprintStack(app, 'BlueprintUnderTest', props);
    const template = Template.fromStack(stack);
    return { app, stack, template, json: template.toJSON() as CloudFormationTemplate };
  };

  return { newApp, synthBlueprint };
}

/** The value, or a failure naming what the synthesized stack lacks. */
export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The synthesized stack has no ${what}.`);
  return value;
}

/** The logical id CloudFormation knows a construct by (its default child for L2 constructs). */
export function logicalIdOf(construct: IConstruct): string {
  const element = (construct.node.defaultChild ?? construct) as CfnElement;
  return Stack.of(construct).getLogicalId(element);
}
