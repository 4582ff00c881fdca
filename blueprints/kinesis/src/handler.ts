import { type BatchHandler, kinesisBatch } from '@lambda-blueprints/runtime';
import type { KinesisStreamEvent } from 'aws-lambda';
import { recordReading } from './reading-recording.js';
import { readingSchema } from './schema.js';

/**
 * The Lambda handler: each record's data is base64-decoded (and gunzipped), parsed as JSON, validated against the
 * reading schema and recorded, one record at a time in shard order. At the first record that fails, processing
 * stops and exactly its sequence number is reported (the mapping has ReportBatchItemFailures): Lambda checkpoints
 * before it and retries from it, so no later record is handled out of order.
 */
export const handler: BatchHandler<KinesisStreamEvent> = kinesisBatch({
  schema: readingSchema,
  handleRecord: ({ data, record }) => recordReading(data, record),
});
