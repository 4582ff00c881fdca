import {
  type AwsContext,
  composeRole,
  getTemplate,
  type PolicyStatement,
  type ResourceRef,
  type RoleEntry,
  sourceTemplates,
  type TemplateId,
} from '@lambda-blueprints/role-templates';
import { FAKE_AWS_ENVIRONMENT } from '@lambda-blueprints/testing';
import { policyValues } from '../policy-matching.js';
import type { DeployedFunction, FunctionEventSource, KeyUse, MappedResource } from './deployed-functions.js';

/** One action a need asks for, and the resource it is needed on (undefined: whatever resource a grant names). */
export interface NeededGrant {
  action: string;
  resource: string | undefined;
}

/** What Lambda itself needs the role to grant for the function to run as deployed, as one catalog template entry. */
export interface TemplateNeed {
  entry: RoleEntry;
  /** Why Lambda needs it, for messages (`the event source mapping reads arn:...`). */
  reason: string;
  grants: NeededGrant[];
  /**
   * False when the template cannot tell whether it is needed (the key of an imported source): it keeps grants
   * from being reported unused, and is never reported missing.
   */
  required: boolean;
}

/** The needs of a function, and what about it the check cannot judge. */
export interface FunctionNeeds {
  needs: TemplateNeed[];
  unjudged: string[];
}

const context: AwsContext = {
  partition: FAKE_AWS_ENVIRONMENT.partition,
  region: FAKE_AWS_ENVIRONMENT.region,
  account: FAKE_AWS_ENVIRONMENT.accountId,
};

/** The template's grants on the ARN, composed by the catalog exactly as the role's own statements are. */
function need(template: TemplateId, reason: string, on?: { ref: ResourceRef; arn: string }): TemplateNeed {
  const entry: RoleEntry = on === undefined ? { template } : { template, on: on.ref };
  const role = composeRole([entry], { arns: on === undefined ? {} : { [on.ref]: on.arn }, context });
  const grants = role.policyDocument.Statement.flatMap((statement: PolicyStatement) =>
    policyValues(statement.Action).flatMap((action) =>
      policyValues(statement.Resource).map((resource) => ({ action, resource })),
    ),
  );
  return { entry, reason, grants, required: true };
}

/** A template that may be needed: its actions on any resource, never reported missing. */
function possibleNeed(template: TemplateId, ref: ResourceRef, reason: string): TemplateNeed {
  const grants = getTemplate(template).statements.flatMap((statement) =>
    statement.actions.map((action) => ({ action, resource: undefined })),
  );
  return { entry: { template, on: ref }, reason, grants, required: false };
}

function keyNeed(key: KeyUse, template: TemplateId, ref: ResourceRef, what: string): TemplateNeed[] {
  if (key.kind === 'none') return [];
  if (key.kind === 'key')
    return [need(template, `${what} is encrypted with the KMS key ${key.arn}`, { ref, arn: key.arn })];
  return [possibleNeed(template, ref, `${what} may be encrypted with a customer managed KMS key: ${key.why}`)];
}

const onFailureTemplates: Readonly<Record<string, TemplateId>> = { sqs: 'sqs-send', sns: 'sns-publish', s3: 's3-put' };

function onFailureNeeds(destination: MappedResource, unjudged: string[]): TemplateNeed[] {
  const template = onFailureTemplates[destination.arn.split(':')[2] ?? ''];
  if (template === undefined) {
    unjudged.push(`The on-failure destination ${destination.arn} is not an SQS queue, SNS topic or S3 bucket`);
    return [];
  }
  const what = `The on-failure destination ${destination.arn}`;
  return [
    need(template, `The mapping sends the records it gives up on to ${destination.arn}`, {
      ref: 'on-failure',
      arn: destination.arn,
    }),
    ...keyNeed(destination.key, 'kms-encrypt', 'on-failure-key', what),
  ];
}

function sourceNeeds(source: FunctionEventSource, unjudged: string[]): TemplateNeed[] {
  if (source.kind === undefined) {
    unjudged.push(
      `The mapping ${source.mappingLogicalId} reads ${source.arn}, a source no role template covers: ` +
        'what it needs is not checked',
    );
    return [];
  }
  const streamArn = source.streamArn ?? source.arn;
  const needs = [
    need(sourceTemplates[source.kind], `The event source mapping reads ${streamArn}`, {
      ref: 'source',
      arn: streamArn,
    }),
  ];
  if (source.streamArn !== undefined) {
    needs.push(
      need('kinesis-fan-out', `The mapping reads through the enhanced fan-out consumer ${source.arn}`, {
        ref: 'consumer',
        arn: source.arn,
      }),
    );
  }
  needs.push(...keyNeed(source.key, 'kms-decrypt', 'source-key', `The source ${streamArn}`));
  if (source.onFailure !== undefined) needs.push(...onFailureNeeds(source.onFailure, unjudged));
  return needs;
}

/**
 * What Lambda needs the function's role to grant, apart from the calls of its code: logging, its event sources
 * (and their keys, consumers and on-failure destinations), X-Ray tracing when active, and the VPC network interfaces.
 */
export function functionNeeds(fn: DeployedFunction): FunctionNeeds {
  const unjudged: string[] = [];
  const needs = [
    need('basic-execution', `Lambda writes the function's logs to ${fn.logGroupArn}`, {
      ref: 'log-group',
      arn: fn.logGroupArn,
    }),
    ...fn.sources.flatMap((source) => sourceNeeds(source, unjudged)),
  ];
  if (fn.tracing) needs.push(need('xray-write', 'Active X-Ray tracing sends trace segments'));
  if (fn.vpc) needs.push(need('vpc-access', 'The function runs in a VPC, through network interfaces Lambda manages'));
  return { needs, unjudged };
}
