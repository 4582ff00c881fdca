import type { RoleSpec } from '@lambda-blueprints/role-templates';

/**
 * The function's execution role: one role template per line, and the resource it applies to. This list is the role;
 * adding or removing a line changes the synthesized role and nothing else. Templates: `pnpm blueprints roles --list`.
 */
export const role: RoleSpec = [
  { template: 'basic-execution', on: 'log-group' },
  { template: 'kinesis-read', on: 'source' },
  { template: 'sqs-send', on: 'on-failure' },
];
