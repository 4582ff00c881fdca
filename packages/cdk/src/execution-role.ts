import {
  type ComposedRole,
  composeRole,
  type ResourceRef,
  type RoleMode,
  type RoleSpec,
} from '@lambda-blueprints/role-templates';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { awsContextOf } from './aws-context.js';
import { UnresolvedResourceRefError } from './errors.js';
import { acknowledgeCatalogFindings } from './role-nag-acknowledgements.js';

/** What the execution role is made from. */
export interface ExecutionRoleInputs {
  readonly spec: RoleSpec;
  readonly mode: RoleMode;
  /** The ARN of every resource the function created or imported, by the name role entries use for it. */
  readonly arns: Partial<Record<ResourceRef, string>>;
  readonly existingRoleArn: string | undefined;
  readonly functionName: string;
}

/** The role the function runs as, and the composed policy behind it. */
export interface ExecutionRole {
  /** An immutable view: nothing aws-cdk-lib does later (tracing, grants) can add to it. */
  readonly role: iam.IRole;
  /** The role created, or undefined when an existing role was given. */
  readonly createdRole: iam.Role | undefined;
  readonly composed: ComposedRole;
}

/**
 * Composes the role from the catalog and creates it as exactly that: one inline policy with the composed statements
 * and the composed managed policy ARNs. With an existing role ARN nothing is created, and `composed` is what that
 * role must hold.
 */
export function createExecutionRole(scope: Construct, inputs: ExecutionRoleInputs): ExecutionRole {
  const knownRefs = Object.keys(inputs.arns);
  for (const entry of inputs.spec) {
    if (entry.on !== undefined && inputs.arns[entry.on] === undefined) {
      throw new UnresolvedResourceRefError(entry.on, entry.template, knownRefs);
    }
  }
  const composed = composeRole(inputs.spec, { arns: inputs.arns, context: awsContextOf(scope), mode: inputs.mode });
  if (inputs.existingRoleArn !== undefined) {
    const role = iam.Role.fromRoleArn(scope, 'ExecutionRole', inputs.existingRoleArn, { mutable: false });
    return { role, createdRole: undefined, composed };
  }
  const hasStatements = composed.policyDocument.Statement.length > 0;
  const role = new iam.Role(scope, 'ExecutionRole', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: `Execution role of ${inputs.functionName}: role templates ${composed.templates.join(', ')}`,
    inlinePolicies: hasStatements ? { RoleTemplates: iam.PolicyDocument.fromJson(composed.policyDocument) } : undefined,
    managedPolicies: composed.managedPolicyArns.map((arn, index) =>
      iam.ManagedPolicy.fromManagedPolicyArn(scope, `ManagedPolicy${index}`, arn),
    ),
  });
  acknowledgeCatalogFindings(role, composed, inputs.spec, inputs.arns);
  return { role: role.withoutPolicyUpdates(), createdRole: role, composed };
}
