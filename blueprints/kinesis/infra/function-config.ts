import type { BlueprintFunctionConfig, StreamMappingConfig } from '@lambda-blueprints/cdk';

/** A new stream made by the stack, encrypted with the AWS managed key alias/aws/kinesis (or `keyArn`). */
export interface NewStreamSettings {
  /** Shards in provisioned capacity mode; undefined: on-demand capacity mode. */
  shardCount: number | undefined;
  /** How long the stream keeps a record (24-8,760 hours): past it, unread records are gone. */
  retentionHours: number;
}

/** The stream the function reads and how Lambda batches and retries its records. */
export interface StreamSettings extends StreamMappingConfig {
  /** Read this existing stream (`arn:<partition>:kinesis:<region>:<account>:stream/<name>`) instead of creating one. */
  streamArn: string | undefined;
  /** The stream the stack creates when `streamArn` is undefined (unused with `streamArn`). */
  newStream: NewStreamSettings;
  /**
   * Read through an enhanced fan-out consumer (2 MB/s per shard of its own). With it, add
   * `{ template: 'kinesis-fan-out', on: 'consumer' }` to infra/role.ts.
   */
  enhancedFanOut: boolean;
  /**
   * ARN of the customer managed KMS key that encrypts the stream (new or existing). With a key, add
   * `{ template: 'kms-decrypt', on: 'source-key' }` to infra/role.ts. Undefined: the AWS managed key.
   */
  keyArn: string | undefined;
}

/** Every setting of the function and its source: infra/config.ts holds one of these. */
export type KinesisFunctionConfig = BlueprintFunctionConfig<StreamSettings>;
