import type { BlueprintSource } from './answers.js';

/** Where a blueprint's infra/config.ts says which source to read (new or existing) and how. */
export interface SourceConfigFields {
  /** The ARN of an existing source; undefined (or absent) makes the stack create one. */
  existingArn: string;
  /** The customer managed KMS key of the source. */
  keyArn: string;
  /** Settings of a new source, removed when an existing one is read (SQS: newQueue; DynamoDB: newTable). */
  newSource?: string;
  /** Kinesis: read through an enhanced fan-out consumer. */
  enhancedFanOut?: string;
}

const queueFields: SourceConfigFields = {
  existingArn: 'source.existingQueueArn',
  keyArn: 'source.keyArn',
  newSource: 'source.newQueue',
};

/** The config paths of each source's blueprint (the shape every blueprint of that source shares). */
export const sourceConfigFields: Readonly<Record<BlueprintSource, SourceConfigFields>> = {
  sqs: queueFields,
  'sqs-fifo': queueFields,
  kinesis: { existingArn: 'source.streamArn', keyArn: 'source.keyArn', enhancedFanOut: 'source.enhancedFanOut' },
  'dynamodb-streams': {
    existingArn: 'source.existingTableStreamArn',
    keyArn: 'source.keyArn',
    newSource: 'source.newTable',
  },
};
