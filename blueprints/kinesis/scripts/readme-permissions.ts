import {
  logGroupArn,
  PLACEHOLDER_AWS_CONTEXT,
  permissionsTable,
  sinkResourceArns,
} from '@lambda-blueprints/role-templates';
import { config } from '../infra/config.js';
import { role } from '../infra/role.js';

const stream = config.source.streamArn ?? 'arn:aws:kinesis:<region>:<account>:stream/<stream created by the stack>';

/** The README's permissions table: infra/role.ts on the ARNs of infra/config.ts, placeholders for what is created. */
export function readmePermissionsTable(): string {
  return permissionsTable(role, {
    mode: config.roleMode,
    arns: {
      'log-group': logGroupArn(PLACEHOLDER_AWS_CONTEXT, config.functionName),
      source: stream,
      'source-key': config.source.keyArn,
      consumer: `${stream}/consumer/<consumer created by the stack>`,
      'on-failure': 'arn:aws:sqs:<region>:<account>:<on-failure queue created by the stack>',
      ...sinkResourceArns(config.sinks),
    },
  });
}
