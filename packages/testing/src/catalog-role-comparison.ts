import {
  composeRole,
  getTemplate,
  type PolicyDocument,
  type ResourceRef,
  type RoleMode,
  type RoleSpec,
} from '@lambda-blueprints/role-templates';
import { FAKE_AWS_CONTEXT } from './cloudformation/fake-aws-context.js';
import type { CloudFormationTemplate } from './cloudformation/template.js';
import { synthesizedFunctionRole } from './synthesized-role.js';

/** A role as comparable text: its AWS managed policy ARNs and its statements, whatever their order and form. */
export interface ComparableRole {
  managedPolicyArns: string[];
  statements: string[];
}

/** What a function's synthesized role must be: the catalog's composition of `role` on `arns`. */
export interface CatalogRoleExpectation {
  /** The role's entries (a package's infra/role.ts). */
  role: RoleSpec;
  /**
   * The ARN of each resource the entries name, in the fake environment, found by the test from the stack's own
   * resources. A `sink:<id>` left out is a sink target the stack creates: see catalogRoleComparison.
   */
  arns: Partial<Record<ResourceRef, string>>;
  /** @default 'scoped' */
  mode?: RoleMode;
  /** @default the template's only AWS::Lambda::Function */
  functionLogicalId?: string;
}

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? [...value] : [value];

/** Statements as comparable text, whatever their order and the string-or-list form CloudFormation uses. */
export function statementSet(documents: readonly PolicyDocument[]): string[] {
  return documents
    .flatMap((document) => document.Statement)
    .map((statement) =>
      JSON.stringify([statement.Effect, asList(statement.Action).sort(), asList(statement.Resource).sort()]),
    )
    .sort();
}

/**
 * The ARN a sink target the stack creates is granted on: the one resource the role grants the sink template's actions
 * on that no ARN of `known` explains. Undefined when there is not exactly one, which composeRole then reports.
 */
function createdSinkArn(documents: readonly PolicyDocument[], role: RoleSpec, ref: ResourceRef, known: string[]) {
  const entry = role.find((candidate) => candidate.on === ref);
  const actions = entry === undefined ? [] : getTemplate(entry.template).statements.flatMap((s) => s.actions);
  const granted = documents
    .flatMap((document) => document.Statement)
    .filter((statement) => statement.Effect === 'Allow' && asList(statement.Action).some((a) => actions.includes(a)))
    .flatMap((statement) => asList(statement.Resource));
  const unexplained = [...new Set(granted)].filter((resource) => resource !== '*' && !known.includes(resource));
  return unexplained.length === 1 ? unexplained[0] : undefined;
}

/**
 * The function's synthesized role (every intrinsic resolved in the fake environment) next to what the catalog
 * composes for the expected role, both as ComparableRole: equal when the role is exactly the catalog's, with nothing
 * missing and nothing more. A sink target the stack creates has no ARN the test can know beforehand; it is taken from
 * the role (the one resource granted the sink's actions that no known ARN explains), so its statements are still
 * checked to be exactly the template's.
 */
export function catalogRoleComparison(
  template: CloudFormationTemplate,
  expectation: CatalogRoleExpectation,
): { synthesized: ComparableRole; catalog: ComparableRole } {
  const role = synthesizedFunctionRole(template, expectation.functionLogicalId);
  const arns = { ...expectation.arns };
  const known = Object.values(arns).filter((arn): arn is string => arn !== undefined);
  for (const { on } of expectation.role) {
    if (on?.startsWith('sink:') && arns[on] === undefined) {
      arns[on] = createdSinkArn(role.policyDocuments, expectation.role, on, known);
    }
  }
  const composed = composeRole(expectation.role, { arns, context: FAKE_AWS_CONTEXT, mode: expectation.mode });
  return {
    synthesized: {
      managedPolicyArns: [...role.managedPolicyArns].sort(),
      statements: statementSet(role.policyDocuments),
    },
    catalog: { managedPolicyArns: composed.managedPolicyArns, statements: statementSet([composed.policyDocument]) },
  };
}
