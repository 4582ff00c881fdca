import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PartialAnswers } from '../../src/answers.js';
import { readBlueprints } from '../../src/blueprint-catalog.js';
import type { ValidationContext } from '../../src/validation.js';
import { workspaceContext } from '../../src/workspace-context.js';
import { realWorkspaceRoot } from './workspace-copy.js';

/** Answers as flags would give them: a valid sqs function unless overridden. */
export function partialAnswers(overrides: Partial<PartialAnswers> = {}): PartialAnswers {
  return { name: 'orders', blueprint: 'sqs', ...overrides, settings: { ...overrides.settings } };
}

/** The real workspace's blueprints and reserved names, with an empty functions/ folder of its own. */
export function validationContext(): ValidationContext {
  const { reservedNames } = workspaceContext(realWorkspaceRoot);
  return {
    blueprints: readBlueprints(realWorkspaceRoot),
    reservedNames,
    functionsDirectory: mkdtempSync(join(tmpdir(), 'create-function-functions-')),
  };
}

export const ARNS = {
  queue: 'arn:aws:sqs:eu-west-1:123456789012:orders',
  fifoQueue: 'arn:aws:sqs:eu-west-1:123456789012:orders.fifo',
  stream: 'arn:aws:kinesis:eu-west-1:123456789012:stream/readings',
  table: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders',
  key: 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  role: 'arn:aws:iam::123456789012:role/orders-consumer',
} as const;
