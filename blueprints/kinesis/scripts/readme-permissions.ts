import { permissionsTableOf } from '@lambda-blueprints/cdk';
import { config } from '../infra/config.js';
import { role } from '../infra/role.js';

const stream = config.source.streamArn ?? 'arn:aws:kinesis:<region>:<account>:stream/<stream created by the stack>';

/** The README's permissions table: infra/role.ts on the ARNs of infra/config.ts, placeholders for what is created. */
export function readmePermissionsTable(): string {
  return permissionsTableOf(config, role, {
    source: stream,
    consumer: `${stream}/consumer/<consumer created by the stack>`,
    'on-failure': 'arn:aws:sqs:<region>:<account>:<on-failure queue created by the stack>',
  });
}
