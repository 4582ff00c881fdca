export {
  type BlueprintStackUnderTest,
  type BlueprintTestProps,
  BlueprintUnderTest,
  type BlueprintUnderTestOptions,
  blueprintUnderTest,
  type ConfigChanges,
} from './blueprint-under-test.js';
export { describeBlueprintFunction } from './describe-blueprint-function.js';
export { describeBlueprintRole } from './describe-blueprint-role.js';
export { describeCdkNag } from './describe-cdk-nag.js';
export { describeCloudFormationRules } from './describe-cloudformation-rules.js';
export {
  describeQueueSource,
  type QueueBlueprintConfig,
  type QueueBlueprintStack,
  type QueueSourceOptions,
} from './describe-queue-source.js';
export { describeSampleEvents, type SampleEventsUnderTest } from './describe-sample-events.js';
export {
  describeStreamSource,
  type StreamBlueprintConfig,
  type StreamBlueprintStack,
  type StreamSourceOptions,
} from './describe-stream-source.js';
export { logicalIdOf, logicalIdsUnder } from './logical-ids.js';
export { queueStackArns } from './queue-stack-arns.js';
export type { StackVariant } from './stack-variant.js';
export { type SynthesizedStack, synthesizeForTest, type TemplateJson } from './synthesize-for-test.js';
export { type TestAppOptions, TestApps, type TestAppsOptions } from './test-apps.js';
