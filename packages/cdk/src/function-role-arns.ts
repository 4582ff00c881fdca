import { type AwsContext, logGroupArn, type ResourceRef } from '@lambda-blueprints/role-templates';
import type { BlueprintFunctionConfig } from './blueprint-function-config.js';
import { sinkArns } from './sink.js';

/** ARNs by the resource refs of infra/role.ts; undefined for a resource the function does not have. */
export type RoleResourceArns = Partial<Record<ResourceRef, string | undefined>>;

/**
 * The ARN of every resource a blueprint function's role names: its log group, its source's key and its sinks from
 * `config`, and from `stackArns` what only the stack knows (`source`, `consumer`, `on-failure`).
 */
export function functionRoleArns(
  context: AwsContext,
  config: BlueprintFunctionConfig,
  stackArns: RoleResourceArns,
): RoleResourceArns {
  return {
    'log-group': logGroupArn(context, config.functionName),
    'source-key': config.source.keyArn,
    ...stackArns,
    ...sinkArns(config.sinks),
  };
}
