import { gunzipSync } from 'node:zlib';
import type { KinesisStreamEvent } from 'aws-lambda';
import { recordReading } from '../../../../../blueprints/kinesis/src/reading-recording.js';
import { readingSchema } from '../../../../../blueprints/kinesis/src/schema.js';
import { validOrThrow } from '../standard-schema-check.js';

const isGzip = (bytes: Buffer): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

// The ceiling: what a careful developer writes by hand for the same work (decode, validate with the same schema, run
// the logic, in order, stopping at the first failure) with no logs, metrics or event checks.
export const handler = async (event: KinesisStreamEvent) => {
  for (const record of event.Records) {
    try {
      const bytes = Buffer.from(record.kinesis.data, 'base64');
      const text = (isGzip(bytes) ? gunzipSync(bytes) : bytes).toString('utf8');
      recordReading(validOrThrow(readingSchema, JSON.parse(text)), record);
    } catch {
      return { batchItemFailures: [{ itemIdentifier: record.kinesis.sequenceNumber }] };
    }
  }
  return { batchItemFailures: [] };
};
