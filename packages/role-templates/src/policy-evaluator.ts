import type { PolicyDecision, PolicyDocument, PolicyStatement } from './types.js';
import { matchesWildcard } from './wildcard-pattern.js';

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Actions compare case-insensitively, as IAM does (`SQS:receivemessage` is `sqs:ReceiveMessage`). */
const matchesAction = (pattern: string, action: string): boolean => matchesWildcard(pattern, action, false);

// An ARN has six parts; IAM matches the first five one by one, so a wildcard cannot reach across them, while the
// resource part is one piece (`log-group:x:*` covers `log-group:x:log-stream:y`).
function arnParts(arn: string): string[] | undefined {
  const parts = arn.split(':');
  if (parts.length < 6) return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/** ARNs compare case-sensitively, part by part. */
function matchesResource(pattern: string, resource: string): boolean {
  if (pattern === '*') return true;
  const patternParts = arnParts(pattern);
  const resourceParts = arnParts(resource);
  if (patternParts === undefined || resourceParts === undefined) return matchesWildcard(pattern, resource, true);
  return patternParts.every((part, index) => matchesWildcard(part, resourceParts[index] ?? '', true));
}

function statementApplies(statement: PolicyStatement, action: string, resource: string): boolean {
  const actionApplies =
    statement.Action !== undefined
      ? asList(statement.Action).some((pattern) => matchesAction(pattern, action))
      : statement.NotAction !== undefined &&
        !asList(statement.NotAction).some((pattern) => matchesAction(pattern, action));
  const resourceApplies =
    statement.Resource !== undefined
      ? asList(statement.Resource).some((pattern) => matchesResource(pattern, resource))
      : statement.NotResource !== undefined &&
        !asList(statement.NotResource).some((pattern) => matchesResource(pattern, resource));
  return actionApplies && resourceApplies;
}

/**
 * Decides one request against identity policies as IAM does: an applicable Deny wins, else an applicable Allow
 * allows, else it is implicitly denied. Supports Action/NotAction, Resource/NotResource and the `*`/`?` wildcards;
 * conditions and policy variables are not part of the catalog and are not evaluated.
 */
export function evaluatePolicies(
  documents: readonly PolicyDocument[],
  action: string,
  resource: string,
): PolicyDecision {
  const applicable = documents.flatMap((document) =>
    document.Statement.filter((statement) => statementApplies(statement, action, resource)),
  );
  if (applicable.some((statement) => statement.Effect === 'Deny')) return 'explicit-deny';
  if (applicable.some((statement) => statement.Effect === 'Allow')) return 'allowed';
  return 'implicit-deny';
}

/** True when the policies allow the action on the resource. */
export function isAllowed(documents: readonly PolicyDocument[], action: string, resource: string): boolean {
  return evaluatePolicies(documents, action, resource) === 'allowed';
}

/** The actions (or action patterns) that the Allow statements of the documents name, sorted, each once. */
export function actionsOf(documents: readonly PolicyDocument[]): string[] {
  const actions = documents.flatMap((document) =>
    document.Statement.filter((statement) => statement.Effect === 'Allow').flatMap((statement) =>
      asList(statement.Action),
    ),
  );
  return [...new Set(actions)].sort();
}
