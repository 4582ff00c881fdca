export { catalog, getTemplate, templateIds } from './catalog.js';
export { type ComposeRoleParams, composeRole } from './compose-role.js';
export {
  InvalidRoleEntryError,
  InvalidRoleOptionsError,
  MissingActionFactsError,
  MissingResourceArnError,
  UnknownEventSourceError,
  UnknownTemplateError,
} from './errors.js';
export { eventSources, parseEventSource, sourceTemplates } from './event-sources.js';
export { type IamRoleJson, toIamJson } from './iam-json.js';
export { logGroupArn } from './log-group-arn.js';
export { managedPolicies, managedPolicyArn, managedPolicyNames } from './managed-policies.js';
export { type PermissionsTableParams, PLACEHOLDER_AWS_CONTEXT, permissionsTable } from './permissions-table.js';
export { actionsOf, evaluatePolicies, isAllowed } from './policy-evaluator.js';
export { readmePermissionsSection, withReadmePermissionsSection } from './readme-permissions-section.js';
export { roleSpecFor } from './role-spec.js';
export { sinkResourceArns } from './sink-resource-arns.js';
export type * from './types.js';
