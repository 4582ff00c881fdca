import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CloudFormationTemplate } from '@lambda-blueprints/testing';
import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { afterAll } from 'vitest';
import {
  BlueprintFunction,
  type BlueprintFunctionProps,
  BlueprintStack,
  HANDLER_FILE,
  SqsQueueSource,
} from '../../src/index.js';

/** A function synthesized in its own stack, with the template as aws-cdk-lib's assertions and as plain JSON. */
export interface SynthesizedFunction {
  app: App;
  stack: BlueprintStack;
  fn: BlueprintFunction;
  template: Template;
  json: CloudFormationTemplate;
}

/**
 * One temporary folder per test file: a tiny handler bundle as `codeDirectory`, and an `outdir` for every app, so
 * no cdk.out folder is left in the OS temp dir. Everything is removed after the file's tests.
 */
export function useSynthFixture() {
  const root = mkdtempSync(join(tmpdir(), 'blueprints-cdk-test-'));
  const codeDirectory = join(root, 'dist');
  mkdirSync(codeDirectory);
  writeFileSync(join(codeDirectory, HANDLER_FILE), 'export const handler = async () => ({ batchItemFailures: [] });\n');
  let apps = 0;
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const newApp = (): App => {
    apps += 1;
    // No built-in template validation: it only warns, and costs over a second per file (see TestApps.newApp).
    return new App({ outdir: join(root, `cdk.out-${apps}`), builtinCloudFormationValidation: false });
  };
  const newStack = (app: App = newApp()): BlueprintStack => new BlueprintStack(app, 'TestStack', { blueprint: 'test' });

  /** Builds a BlueprintFunction (an SQS source unless told otherwise) without synthesizing. */
  const newFunction = (props: Partial<BlueprintFunctionProps> = {}, stack: BlueprintStack = newStack()) =>
    new BlueprintFunction(stack, 'Fn', { codeDirectory, source: new SqsQueueSource(), ...props });

  /** Builds and synthesizes a BlueprintFunction; `extend` adds to the stack first (a VPC, a key). */
  const synthFunction = (
    props: Partial<BlueprintFunctionProps> | ((stack: BlueprintStack) => Partial<BlueprintFunctionProps>) = {},
  ): SynthesizedFunction => {
    const stack = newStack();
    const fn = newFunction(typeof props === 'function' ? props(stack) : props, stack);
    const template = Template.fromStack(stack);
    return { app: stack.node.root as App, stack, fn, template, json: template.toJSON() as CloudFormationTemplate };
  };

  return { root, codeDirectory, newApp, newStack, newFunction, synthFunction };
}

/** The logical id CloudFormation knows a construct by (its default child for L2 constructs). */
export function logicalIdOf(construct: IConstruct): string {
  const element = (construct.node.defaultChild ?? construct) as CfnElement;
  return Stack.of(construct).getLogicalId(element);
}
