import type { BlueprintFunctionConfig, QueueSourceConfig } from '@lambda-blueprints/cdk';

/** The FIFO queue the function reads (its ARN ends in .fifo) and how Lambda batches its messages: 1-10, no window. */
export type QueueSettings = QueueSourceConfig;

/** Every setting of the function and its source: infra/config.ts holds one of these. */
export type SqsFifoFunctionConfig = BlueprintFunctionConfig<QueueSettings>;
