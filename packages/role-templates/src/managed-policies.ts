import managedPoliciesData from './managed-policies.json' with { type: 'json' };
import type { ManagedPolicy, ManagedPolicyName } from './types.js';

/**
 * The AWS managed policies the Lambda guide names, kept verbatim in managed-policies.json (a copy of the project's
 * reference data). The annotation makes tsc fail if a policy of `ManagedPolicyName` goes missing from the file.
 */
export const managedPolicies: Readonly<Record<ManagedPolicyName, ManagedPolicy>> = managedPoliciesData.policies;

/** The names of the managed policies, in the order of the data file. */
export const managedPolicyNames = Object.keys(managedPolicies) as ManagedPolicyName[];

/** The ARN of a managed policy in a partition (`aws`, `aws-cn`, `aws-us-gov`, or a CDK token). */
export function managedPolicyArn(name: ManagedPolicyName, partition: string): string {
  return managedPolicies[name].arn.replace(/\$\{Partition\}/g, () => partition);
}
