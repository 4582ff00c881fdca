import type { ComposedRole, PolicyDocument } from './types.js';

/** A composed role in the shape IAM, CloudFormation, SAM and Terraform users paste into their templates. */
export interface IamRoleJson {
  ManagedPolicyArns: string[];
  PolicyDocument: PolicyDocument;
}

/** The role as IAM JSON (managed policy ARNs and the inline policy document). */
export function toIamJson(role: ComposedRole): IamRoleJson {
  return { ManagedPolicyArns: role.managedPolicyArns, PolicyDocument: role.policyDocument };
}
