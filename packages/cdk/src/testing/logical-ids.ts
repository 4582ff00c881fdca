import { type CfnElement, CfnResource, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** The logical id CloudFormation knows a construct by (its default child for L2 constructs). */
export function logicalIdOf(construct: IConstruct): string {
  const element = (construct.node.defaultChild ?? construct) as CfnElement;
  return Stack.of(construct).getLogicalId(element);
}

/**
 * The logical ids of the resources of CloudFormation type `type` that `scope` and its children define, sorted: what
 * one construct creates, apart from what the rest of the stack creates next to it.
 */
export function logicalIdsUnder(scope: IConstruct, type: string): string[] {
  return scope.node
    .findAll()
    .filter((child): child is CfnResource => CfnResource.isCfnResource(child) && child.cfnResourceType === type)
    .map((resource) => Stack.of(resource).getLogicalId(resource))
    .sort();
}
