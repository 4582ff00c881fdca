import { type ComposedRole, getTemplate, type ResourceRef, type RoleSpec } from '@lambda-blueprints/role-templates';
import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { cfnReferenceText } from './cfn-reference-text.js';

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * The wildcards the catalog puts in a role on purpose, each with why: the `:*` / `/*` suffixes of a template on one
 * resource (log streams of the function's log group, objects of the on-failure bucket), and the account-wide ARNs of
 * templates whose resources Lambda creates at run time (the VPC network interfaces).
 */
function catalogWildcards(spec: RoleSpec, arns: Partial<Record<ResourceRef, string>>) {
  const onOneResource = new Map<string, string>();
  const accountWideActions = new Map<string, string>();
  for (const entry of spec) {
    const template = getTemplate(entry.template);
    const arn = entry.on === undefined ? undefined : arns[entry.on];
    for (const statement of template.statements) {
      if (statement.target.kind === 'account-resources') {
        for (const action of statement.actions) accountWideActions.set(action, template.id);
        continue;
      }
      if (arn === undefined) continue;
      for (const suffix of statement.target.suffixes.filter((candidate) => candidate.includes('*'))) {
        onOneResource.set(
          `${arn}${suffix}`,
          `Role template ${template.id} grants ${statement.actions.join(', ')} on "${suffix}" of its ${template.on} ` +
            `("${entry.on}") only: the names under it are made at run time.`,
        );
      }
    }
  }
  return { onOneResource, accountWideActions };
}

function accountWideReason(actions: string[], accountWideActions: ReadonlyMap<string, string>): string | undefined {
  const templates = new Set(actions.map((action) => accountWideActions.get(action)));
  if (templates.has(undefined)) return undefined;
  return (
    `Role template ${[...templates].join(', ')} grants ${actions.join(', ')} on resources Lambda creates at run time ` +
    "(their ids are unknown at deploy time), in the function's own account and region only."
  );
}

/**
 * Acknowledges, on the role, exactly the cdk-nag findings that the catalog's role carries by design, one finding id
 * at a time with its reason: IAM5 for each wildcard resource the catalog explains, IAM4 for each AWS managed policy
 * of `managed` mode. A wildcard the catalog does not explain is left for cdk-nag to report.
 */
export function acknowledgeCatalogFindings(
  role: IConstruct,
  composed: ComposedRole,
  spec: RoleSpec,
  arns: Partial<Record<ResourceRef, string>>,
): void {
  const stack = Stack.of(role);
  const text = (value: string): string => cfnReferenceText(stack.resolve(value));
  const { onOneResource, accountWideActions } = catalogWildcards(spec, arns);
  const reasons = new Map<string, string>();

  for (const statement of composed.policyDocument.Statement) {
    if (statement.Effect !== 'Allow') continue;
    const actions = asList(statement.Action);
    for (const resource of asList(statement.Resource)) {
      const finding = text(resource);
      if (!finding.includes('*')) continue;
      const reason =
        resource === '*'
          ? `${actions.join(', ')} support no resource-level permissions (wildcard-only in the IAM service ` +
            'reference): IAM grants them only on "*".'
          : (onOneResource.get(resource) ?? accountWideReason(actions, accountWideActions));
      if (reason !== undefined) reasons.set(`AwsSolutions-IAM5[Resource::${finding}]`, reason);
    }
  }
  for (const arn of composed.managedPolicyArns) {
    reasons.set(
      `AwsSolutions-IAM4[Policy::${text(arn)}]`,
      "roleMode 'managed' was chosen: this is the AWS managed policy the Lambda guide names for the permission set. " +
        "roleMode 'scoped' (the default) grants the same on the function's own resources only.",
    );
  }
  for (const [id, reason] of reasons) Validations.of(role).acknowledge({ id, reason });
}
