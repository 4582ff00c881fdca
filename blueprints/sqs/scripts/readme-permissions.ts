import {
  logGroupArn,
  PLACEHOLDER_AWS_CONTEXT,
  permissionsTable,
  sinkResourceArns,
} from '@lambda-blueprints/role-templates';
import { config } from '../infra/config.js';
import { role } from '../infra/role.js';

/** The README's permissions table: infra/role.ts on the ARNs of infra/config.ts, placeholders for what is created. */
export function readmePermissionsTable(): string {
  return permissionsTable(role, {
    mode: config.roleMode,
    arns: {
      'log-group': logGroupArn(PLACEHOLDER_AWS_CONTEXT, config.functionName),
      source: config.source.existingQueueArn ?? 'arn:aws:sqs:<region>:<account>:<queue created by the stack>',
      'source-key': config.source.keyArn,
      ...sinkResourceArns(config.sinks),
    },
  });
}
