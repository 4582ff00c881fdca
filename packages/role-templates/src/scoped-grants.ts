import { fillArnTemplate } from './arn-template.js';
import { actionFacts } from './iam-action-facts.js';
import type { AwsContext, RoleTemplate, StatementTarget } from './types.js';

/** One action and the resources it is granted on. */
export interface Grant {
  action: string;
  resources: string[];
}

function resourcesFor(
  action: string,
  target: StatementTarget,
  arnOfEntry: () => string,
  context: AwsContext,
): string[] {
  const facts = actionFacts(action);
  if (facts.wildcardOnly) return ['*'];
  if (target.kind === 'entry-arn') {
    // Concatenation only: the ARN may be a CDK token string, which must never be parsed.
    const arn = arnOfEntry();
    return target.suffixes.map((suffix) => `${arn}${suffix}`);
  }
  return facts.resourceTypes.map((resourceType) => fillArnTemplate(resourceType.arn, context));
}

/**
 * The least-privilege grants of a template: each action on the entry's ARN, or on the account's resources of its IAM
 * resource types, or on "*" when IAM supports no resource-level permission for it. `include` picks the actions
 * (managed mode keeps only those the managed policy lacks). The ARN is asked for only when a grant needs it.
 */
export function scopedGrants(
  template: RoleTemplate,
  arnOfEntry: () => string,
  context: AwsContext,
  include: (action: string) => boolean = () => true,
): Grant[] {
  return template.statements.flatMap((statement) =>
    statement.actions
      .filter(include)
      .map((action) => ({ action, resources: resourcesFor(action, statement.target, arnOfEntry, context) })),
  );
}
