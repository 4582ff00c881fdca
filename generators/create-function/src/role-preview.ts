import {
  type AwsContext,
  composeRole,
  type IamRoleJson,
  logGroupArn,
  type ResourceRef,
  type RoleSpec,
  toIamJson,
} from '@lambda-blueprints/role-templates';
import { sinkNames } from '../sinks/src/sinks/sink-names.js';
import { type FunctionAnswers, isSinkKind } from './answers.js';
import type { BlueprintInfo } from './blueprint-catalog.js';

/** The function's partition, region and account: those of the existing source when known, placeholders otherwise. */
function contextOf(answers: FunctionAnswers): AwsContext {
  const [, partition, , region, account] = answers.existingSource?.arn.split(':') ?? [];
  return partition && region && account
    ? { partition, region, account }
    : { partition: 'aws', region: '<region>', account: '<account>' };
}

/**
 * The role the function gets (or, with --role-arn, the policy that role must hold) as IAM JSON: the managed policy
 * ARNs and the inline document, on the ARNs known from the answers and `<placeholders>` for what the stack creates.
 */
export function rolePreview(answers: FunctionAnswers, blueprint: BlueprintInfo, role: RoleSpec): IamRoleJson {
  const context = contextOf(answers);
  const arns: Partial<Record<ResourceRef, string>> = {
    'log-group': logGroupArn(context, answers.name),
    source: answers.existingSource?.arn ?? `<the new ${blueprint.source} source>`,
    'source-key': answers.existingSource?.keyArn ?? '<the source key>',
    consumer: '<the fan-out consumer>',
    'on-failure': '<the on-failure queue>',
  };
  for (const kind of answers.with.filter(isSinkKind)) {
    const { id } = sinkNames[kind];
    arns[`sink:${id}`] = answers.sinkArns[kind] ?? `<the new sink ${id}>`;
  }
  return toIamJson(composeRole(role, { arns, context, mode: answers.roleMode }));
}
