import type { SinkKind } from '@lambda-blueprints/role-templates';

/** The templates a function's code uses for the services it calls: they go on `sink:<id>` (see RoleOptions.sinks). */
export const sinkKinds: readonly SinkKind[] = ['dynamodb-write', 'sqs-send', 'kinesis-put'];
