import { isAllowed, type PolicyDocument } from '@lambda-blueprints/role-templates';
import {
  FAKE_AWS_ENVIRONMENT,
  fakeArnOf,
  resolveIntrinsics,
  type SynthesizedRole,
  synthesizedFunctionRole,
} from '@lambda-blueprints/testing';
import type { IConstruct } from 'constructs';
import { logicalIdOf, type SynthesizedFunction } from './synth-fixture.js';

/** The synthesized function's role with every intrinsic resolved to the fake environment's ARNs. */
export function roleOf(synthesized: SynthesizedFunction): SynthesizedRole {
  return synthesizedFunctionRole(synthesized.json, logicalIdOf(synthesized.fn.lambdaFunction));
}

/** The fake ARN a resource of the stack gets once deployed (its `Arn`, or another ARN attribute). */
export function arnOf(synthesized: SynthesizedFunction, construct: IConstruct, attribute = 'Arn'): string {
  return fakeArnOf(synthesized.json, logicalIdOf(construct), attribute);
}

/** An ARN in the fake account and region that the stack does not own ("another queue"). */
export function foreignArn(service: string, resource: string): string {
  const { partition, region, accountId } = FAKE_AWS_ENVIRONMENT;
  return `arn:${partition}:${service}:${region}:${accountId}:${resource}`;
}

/** The ARN of the function's own log group in the fake environment. */
export function logGroupArnOf(synthesized: SynthesizedFunction): string {
  return foreignArn('logs', `log-group:/aws/lambda/${synthesized.fn.functionName}`);
}

/** The role templates' composed document of the function, resolved like the synthesized role. */
export function composedDocumentOf(synthesized: SynthesizedFunction): PolicyDocument {
  const cloudFormation = synthesized.stack.resolve(synthesized.fn.requiredPolicy.policyDocument);
  return resolveIntrinsics(synthesized.json, cloudFormation) as PolicyDocument;
}

const sortedList = (value: string | string[] | undefined): string[] =>
  (value === undefined ? [] : Array.isArray(value) ? [...value] : [value]).sort();

/** Statements as comparable text, whatever the order and the string-or-list form CloudFormation uses. */
export function statementSet(documents: readonly PolicyDocument[]): string[] {
  return documents
    .flatMap((document) => document.Statement)
    .map((statement) =>
      JSON.stringify([statement.Effect, sortedList(statement.Action), sortedList(statement.Resource)]),
    )
    .sort();
}

/** The decision of the role for each action on one resource, e.g. `{ 'sqs:ReceiveMessage': true }`. */
export function decisions(
  role: SynthesizedRole,
  actions: readonly string[],
  resource: string,
): Record<string, boolean> {
  return Object.fromEntries(actions.map((action) => [action, isAllowed(role.policyDocuments, action, resource)]));
}

/** `decisions` when every action is expected to get the same answer. */
export function allAs(actions: readonly string[], allowed: boolean): Record<string, boolean> {
  return Object.fromEntries(actions.map((action) => [action, allowed]));
}
