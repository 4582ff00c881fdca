import type { Grant } from './scoped-grants.js';
import type { PolicyDocument, PolicyStatement } from './types.js';

const byText = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);

/**
 * Merges grants into a canonical policy document: each action gets the union of its resources, actions with the same
 * resources share one statement, and actions, resources and statements are sorted, so the same grants in any order
 * give byte-identical JSON.
 */
export function policyDocumentOf(grants: readonly Grant[]): PolicyDocument {
  const resourcesByAction = new Map<string, Set<string>>();
  for (const grant of grants) {
    const resources = resourcesByAction.get(grant.action) ?? new Set<string>();
    for (const resource of grant.resources) resources.add(resource);
    resourcesByAction.set(grant.action, resources);
  }

  const actionsByResources = new Map<string, { resources: string[]; actions: string[] }>();
  for (const [action, resourceSet] of resourcesByAction) {
    const resources = [...resourceSet].sort(byText);
    const key = JSON.stringify(resources);
    const group = actionsByResources.get(key) ?? { resources, actions: [] };
    group.actions.push(action);
    actionsByResources.set(key, group);
  }

  const statements: PolicyStatement[] = [...actionsByResources.entries()]
    .sort(([left], [right]) => byText(left, right))
    .map(([, group]) => ({ Effect: 'Allow', Action: group.actions.sort(byText), Resource: group.resources }));
  return { Version: '2012-10-17', Statement: statements };
}
