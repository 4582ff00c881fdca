import { getTemplate } from './catalog.js';
import { InvalidRoleEntryError, MissingResourceArnError } from './errors.js';
import { managedPolicies, managedPolicyArn } from './managed-policies.js';
import { policyDocumentOf } from './policy-document.js';
import { type Grant, scopedGrants } from './scoped-grants.js';
import type { AwsContext, ComposedRole, ResourceRef, RoleEntry, RoleMode, RoleSpec, RoleTemplate } from './types.js';

export interface ComposeRoleParams {
  /** The ARN of each resource the entries name (`on`); literal ARNs or CDK token strings. */
  arns: Partial<Record<ResourceRef, string>>;
  context: AwsContext;
  /** @default 'scoped' */
  mode?: RoleMode;
}

function checkedEntry(entry: RoleEntry): { template: RoleTemplate; on: ResourceRef | undefined } {
  const template = getTemplate(entry.template);
  if (template.on !== null && entry.on === undefined) {
    throw new InvalidRoleEntryError(
      `Role template "${template.id}" applies to a ${template.on}: give the entry an "on" (e.g. "source").`,
    );
  }
  if (template.on === null && entry.on !== undefined) {
    throw new InvalidRoleEntryError(
      `Role template "${template.id}" is account-wide and applies to no resource: remove "on": "${entry.on}".`,
    );
  }
  return { template, on: entry.on };
}

/** Same template on the same resource twice is one entry. */
function uniqueEntries(spec: RoleSpec): RoleEntry[] {
  const byKey = new Map<string, RoleEntry>();
  for (const entry of spec) byKey.set(`${entry.template}\u0000${entry.on ?? ''}`, entry);
  return [...byKey.values()];
}

/**
 * Turns a role spec into what IAM needs. `scoped` (default): one inline policy of least-privilege statements on the
 * given ARNs. `managed`: the AWS managed policy ARN of each template (deduplicated); templates AWS has no managed
 * policy for (kms-*, sqs-send, sns-publish, s3-put, dynamodb-write, kinesis-put) still add their scoped statements,
 * as does any action a managed policy lacks (kinesis-fan-out's DescribeStreamConsumer), so both modes work.
 * Throws MissingResourceArnError when an entry's resource has no ARN, and InvalidRoleEntryError when an entry's
 * `on` does not fit its template. Output is sorted: the same spec in any order gives byte-identical JSON.
 */
export function composeRole(spec: RoleSpec, params: ComposeRoleParams): ComposedRole {
  const mode = params.mode ?? 'scoped';
  const templates = new Set<RoleTemplate['id']>();
  const managedPolicyArns = new Set<string>();
  const grants: Grant[] = [];

  for (const entry of uniqueEntries(spec)) {
    const { template, on } = checkedEntry(entry);
    templates.add(template.id);
    const arnOfEntry = (): string => {
      const arn = on === undefined ? undefined : params.arns[on];
      if (arn === undefined) throw new MissingResourceArnError(template.id, on ?? '(none)');
      return arn;
    };
    if (mode === 'managed' && template.managedPolicy !== null) {
      managedPolicyArns.add(managedPolicyArn(template.managedPolicy, params.context.partition));
      const granted = new Set(managedPolicies[template.managedPolicy].actions.map((action) => action.toLowerCase()));
      grants.push(
        ...scopedGrants(template, arnOfEntry, params.context, (action) => !granted.has(action.toLowerCase())),
      );
    } else {
      grants.push(...scopedGrants(template, arnOfEntry, params.context));
    }
  }

  return {
    templates: [...templates].sort(),
    managedPolicyArns: [...managedPolicyArns].sort(),
    policyDocument: policyDocumentOf(grants),
  };
}
