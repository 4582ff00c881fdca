import type { BlueprintFunctionConfig, StreamMappingConfig } from '@lambda-blueprints/cdk';

/**
 * A new on-demand orders table made by the stack, keyed by the string `pk`, with a NEW_AND_OLD_IMAGES stream and
 * point-in-time recovery.
 */
export interface NewTableSettings {
  /**
   * How the table is encrypted when `keyArn` is undefined: an AWS owned key, or the AWS managed key alias/aws/dynamodb
   * (its use visible in CloudTrail).
   */
  encryption: 'aws-owned' | 'aws-managed';
}

/** The table stream the function reads and how Lambda batches and retries its records. */
export type TableStreamSettings = StreamMappingConfig & {
  /**
   * ARN of the customer managed KMS key that encrypts the table (new or existing). With a key, add
   * `{ template: 'kms-decrypt', on: 'source-key' }` to infra/role.ts. Undefined: see `newTable.encryption`.
   */
  keyArn: string | undefined;
} & (
    | { newTable: NewTableSettings; existingTableStreamArn?: never }
    | {
        /**
         * Read this table's stream instead of creating a table (`arn:...:table/<name>/stream/<label>`); the stream must
         * carry new and old images (NEW_AND_OLD_IMAGES).
         */
        existingTableStreamArn: string;
        newTable?: never;
      }
  );

/** Every setting of the function and its source: infra/config.ts holds one of these. */
export type DynamodbStreamsFunctionConfig = BlueprintFunctionConfig<TableStreamSettings>;
