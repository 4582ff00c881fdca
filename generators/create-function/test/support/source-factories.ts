/** A blueprint-shaped infra/config.ts with a `source` object holding `sourceLines`. */
export function configSource(
  sourceLines = ['newQueue: { maxReceiveCount: 5, retentionPeriodDays: 4 },', 'batchSize: 10,'],
): string {
  return [
    "import type { SqsFunctionConfig } from './function-config.js';",
    '',
    '/** The settings. */',
    'export const config: SqsFunctionConfig = {',
    "  functionName: 'sqs-blueprint',",
    '  source: {',
    '    // A comment that belongs to the first source setting.',
    ...sourceLines.map((line) => `    ${line}`),
    '  },',
    '  tracing: false,',
    '  sinks: [],',
    '};',
    '',
  ].join('\n');
}

/** A blueprint-shaped src/handler.ts whose record function is `recordFunction`. */
export function handlerSource(recordFunction: string, batch = 'sqsBatch'): string {
  return [
    `import { ${batch} } from '@lambda-blueprints/runtime';`,
    "import { orderSchema } from './schema.js';",
    '',
    `export const handler = ${batch}({`,
    '  schema: orderSchema,',
    `  handleRecord: ${recordFunction},`,
    '});',
    '',
  ].join('\n');
}

/** A blueprint-shaped infra/stack.ts whose BlueprintFunction props hold `propLines`. */
export function stackSource(
  propLines = ['...this.functionProps(),', 'source: this.source,', 'sinks: this.config.sinks,'],
): string {
  return [
    "import { BlueprintFunction, BlueprintFunctionStack } from '@lambda-blueprints/cdk';",
    '',
    'export class OrdersStack extends BlueprintFunctionStack {',
    '  constructor() {',
    "    this.consumer = new BlueprintFunction(this, 'Function', {",
    ...propLines.map((line) => `      ${line}`),
    '    });',
    '  }',
    '}',
    '',
  ].join('\n');
}

/** A blueprint-shaped infra/role.ts listing `lines`. */
export function roleSource(
  lines = ["{ template: 'basic-execution', on: 'log-group' },", "{ template: 'sqs-poll', on: 'source' },"],
): string {
  return [
    "import type { RoleSpec } from '@lambda-blueprints/role-templates';",
    '',
    '/** The role. */',
    'export const role: RoleSpec = [',
    ...lines.map((line) => `  ${line}`),
    '];',
    '',
  ].join('\n');
}
