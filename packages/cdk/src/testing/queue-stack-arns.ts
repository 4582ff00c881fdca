import { fakeArnOf } from '@lambda-blueprints/testing';
import type { RoleResourceArns } from '../function-role-arns.js';
import type { QueueBlueprintConfig, QueueBlueprintStack } from './describe-queue-source.js';
import { logicalIdOf } from './logical-ids.js';
import type { SynthesizedStack } from './synthesize-for-test.js';

/**
 * The `stackArns` of a queue blueprint (see blueprintUnderTest): its `source` is the existing queue of its
 * infra/config.ts, or the queue it creates.
 */
export function queueStackArns<TConfig extends QueueBlueprintConfig>({
  json,
  stack,
}: SynthesizedStack<QueueBlueprintStack<TConfig>>): RoleResourceArns {
  return { source: stack.config.source.existingQueueArn ?? fakeArnOf(json, logicalIdOf(stack.source.queue)) };
}
