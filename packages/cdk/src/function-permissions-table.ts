import { PLACEHOLDER_AWS_CONTEXT, permissionsTable, type RoleSpec } from '@lambda-blueprints/role-templates';
import type { BlueprintFunctionConfig } from './blueprint-function-config.js';
import { functionRoleArns, type RoleResourceArns } from './function-role-arns.js';

/**
 * The permissions table of a blueprint function's README: `role` on the ARNs of `config` and `stackArns`, with
 * `<region>` and `<account>` placeholders (and placeholder ARNs in `stackArns` for what the stack creates).
 */
export function permissionsTableOf(
  config: BlueprintFunctionConfig,
  role: RoleSpec,
  stackArns: RoleResourceArns,
): string {
  return permissionsTable(role, {
    mode: config.roleMode,
    arns: functionRoleArns(PLACEHOLDER_AWS_CONTEXT, config, stackArns),
  });
}
