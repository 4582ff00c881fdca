import type { BlueprintFunctionConfig, QueueSourceConfig } from '@lambda-blueprints/cdk';

/** The standard queue the function reads and how Lambda batches its messages. */
export type QueueSettings = QueueSourceConfig & {
  /** How long Lambda gathers messages before invoking (0-300 seconds; 0 = no window); with one, batches of up to 10,000. */
  maxBatchingWindowSeconds: number;
};

/** Every setting of the function and its source: infra/config.ts holds one of these. */
export type SqsFunctionConfig = BlueprintFunctionConfig<QueueSettings>;
