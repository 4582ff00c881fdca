import { permissionsTableOf } from '@lambda-blueprints/cdk';
import { config } from '../infra/config.js';
import { role } from '../infra/role.js';

/** The README's permissions table: infra/role.ts on the ARNs of infra/config.ts, placeholders for what is created. */
export function readmePermissionsTable(): string {
  return permissionsTableOf(config, role, {
    source: config.source.existingQueueArn ?? 'arn:aws:sqs:<region>:<account>:<queue created by the stack>',
  });
}
