import { isAllowed, type PolicyStatement } from '@lambda-blueprints/role-templates';

// Matching goes through the role-templates evaluator, so this check and the packages' tests share one reading of
// IAM's wildcard rules (actions case-insensitive, ARNs part by part).

/** A statement field (`Action`, `Resource`, ...) as a list: IAM takes one string or a list. */
export const policyValues = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Whether one statement, read as an Allow, covers the action on the resource. */
export function statementCovers(statement: PolicyStatement, action: string, resource: string): boolean {
  const asAllow: PolicyStatement = { ...statement, Effect: 'Allow' };
  return isAllowed([{ Version: '2012-10-17', Statement: [asAllow] }], action, resource);
}

/** Whether an action pattern of a policy (`dynamodb:*`, `s3:Get*`, `sqs:SendMessage`) covers the action. */
export const actionPatternCovers = (pattern: string, action: string): boolean =>
  statementCovers({ Effect: 'Allow', Action: pattern, Resource: '*' }, action, '*');
