import { permissionsTableOf } from '@lambda-blueprints/cdk';
import { config } from '../infra/config.js';
import { role } from '../infra/role.js';

/** The README's permissions table: infra/role.ts on the ARNs of infra/config.ts, placeholders for what is created. */
export function readmePermissionsTable(): string {
  return permissionsTableOf(config, role, {
    source:
      config.source.existingTableStreamArn ??
      'arn:aws:dynamodb:<region>:<account>:table/<table created by the stack>/stream/<stream label>',
    'on-failure': 'arn:aws:sqs:<region>:<account>:<on-failure queue created by the stack>',
  });
}
