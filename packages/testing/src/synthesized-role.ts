import type { PolicyDocument } from '@lambda-blueprints/role-templates';
import { fakeRefOf, resolveIntrinsics } from './cloudformation/intrinsics.js';
import { toPolicyDocument } from './cloudformation/policy-document.js';
import { type CloudFormationTemplate, logicalIdsOfType } from './cloudformation/template.js';
import { FunctionRoleNotFoundError, LogicalIdNotFoundError } from './errors.js';

/** A role of a synthesized template with every intrinsic resolved: what it would grant once deployed. */
export interface SynthesizedRole {
  /** The ARNs in the role's ManagedPolicyArns that are not defined in the template (AWS managed policies). */
  managedPolicyArns: string[];
  /**
   * Every policy document that applies to the role: its inline Policies, every AWS::IAM::Policy whose Roles name it,
   * and every customer managed policy of the template attached to it (by its Roles or the role's ManagedPolicyArns).
   */
  policyDocuments: PolicyDocument[];
}

const ROLE = 'AWS::IAM::Role';
const FUNCTION = 'AWS::Lambda::Function';

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** Reads the role `roleLogicalId` of `template` and everything attached to it, resolved to concrete strings. */
export function synthesizedRole(template: CloudFormationTemplate, roleLogicalId: string): SynthesizedRole {
  const role = template.Resources?.[roleLogicalId];
  if (role?.Type !== ROLE) throw new LogicalIdNotFoundError(roleLogicalId, ROLE);
  const roleName = fakeRefOf(template, roleLogicalId);
  const resolve = (value: unknown, path: string): unknown => resolveIntrinsics(template, value, path);
  const policyDocuments: PolicyDocument[] = [];

  asList(role.Properties?.Policies).forEach((policy, index) => {
    const path = `Resources.${roleLogicalId}.Properties.Policies[${index}]`;
    const document = resolve((policy as { PolicyDocument?: unknown } | null)?.PolicyDocument, `${path}.PolicyDocument`);
    policyDocuments.push(toPolicyDocument(document, path));
  });

  const rolePath = `Resources.${roleLogicalId}.Properties.ManagedPolicyArns`;
  const attachedArns = asList(resolve(role.Properties?.ManagedPolicyArns, rolePath)).map(String);
  const arnsDefinedHere = new Set<string>();
  for (const [logicalId, resource] of Object.entries(template.Resources ?? {})) {
    if (resource.Type !== 'AWS::IAM::Policy' && resource.Type !== 'AWS::IAM::ManagedPolicy') continue;
    const path = `Resources.${logicalId}.Properties`;
    let attached = asList(resolve(resource.Properties?.Roles, `${path}.Roles`)).includes(roleName);
    if (resource.Type === 'AWS::IAM::ManagedPolicy') {
      // A managed policy of this template: its statements matter, its ARN means nothing outside the template.
      const arn = fakeRefOf(template, logicalId);
      arnsDefinedHere.add(arn);
      attached ||= attachedArns.includes(arn);
    }
    if (!attached) continue;
    const document = resolve(resource.Properties?.PolicyDocument, `${path}.PolicyDocument`);
    policyDocuments.push(toPolicyDocument(document, `${resource.Type} ${logicalId}`));
  }
  const managedPolicyArns = attachedArns.filter((arn) => !arnsDefinedHere.has(arn));
  return { managedPolicyArns, policyDocuments };
}

/**
 * The logical id of the AWS::IAM::Role that the function `functionLogicalId` runs as. Without a function logical id
 * the template must hold exactly one AWS::Lambda::Function.
 */
export function functionRoleLogicalId(template: CloudFormationTemplate, functionLogicalId?: string): string {
  const functionId = functionLogicalId ?? onlyFunction(template);
  const fn = template.Resources?.[functionId];
  if (fn?.Type !== FUNCTION) throw new LogicalIdNotFoundError(functionId, FUNCTION);
  const role = fn.Properties?.Role;
  const getAtt = (role as { 'Fn::GetAtt'?: unknown } | undefined)?.['Fn::GetAtt'];
  const roleId = Array.isArray(getAtt) ? getAtt[0] : typeof getAtt === 'string' ? getAtt.split('.')[0] : undefined;
  if (typeof roleId !== 'string' || template.Resources?.[roleId]?.Type !== ROLE) {
    throw new FunctionRoleNotFoundError(
      `The role of function ${functionId} is ${JSON.stringify(role)}, not an AWS::IAM::Role of this template ` +
        '(an imported role cannot be read). Let the stack create the role to test its permissions.',
    );
  }
  return roleId;
}

/** synthesizedRole of the role the function `functionLogicalId` (or the template's only function) runs as. */
export function synthesizedFunctionRole(template: CloudFormationTemplate, functionLogicalId?: string): SynthesizedRole {
  return synthesizedRole(template, functionRoleLogicalId(template, functionLogicalId));
}

function onlyFunction(template: CloudFormationTemplate): string {
  const functions = logicalIdsOfType(template, FUNCTION);
  const [only] = functions;
  if (only === undefined || functions.length > 1) {
    throw new FunctionRoleNotFoundError(
      `The template has ${functions.length} AWS::Lambda::Function resources (${functions.join(', ') || 'none'}). ` +
        'Pass the logical id of the function whose role you want.',
    );
  }
  return only;
}
