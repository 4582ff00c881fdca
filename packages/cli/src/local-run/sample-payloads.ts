import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import {
  identifierOf,
  invokeHandler,
  type LambdaHandler,
  type MappingSettings,
  type SourceRecord,
  sqsBatchOutcome,
  streamBatchOutcome,
} from '@lambda-blueprints/testing';
import { parseJson } from './json-input.js';
import { SAMPLE_EVENTS_FOLDER } from './sample-events.js';

/** The payloads a simulation's records carry by default, and the sample files they came from. */
export interface SamplePayloads {
  payloads: unknown[];
  /** The files (events/<name>.json) with at least one accepted record. */
  files: string[];
}

const isGzip = (bytes: Buffer): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** What a record carries, as simulate() takes a payload: SQS body and Kinesis data as text, a DynamoDB item. */
function payloadOf(record: SourceRecord): unknown {
  if ('messageId' in record) return record.body;
  if ('kinesis' in record) {
    const bytes = Buffer.from(record.kinesis.data, 'base64');
    return (isGzip(bytes) ? gunzipSync(bytes) : bytes).toString('utf8');
  }
  const image = record.dynamodb?.NewImage ?? record.dynamodb?.OldImage;
  return image === undefined ? undefined : unmarshall(image as Parameters<typeof unmarshall>[0]);
}

const recordsOf = (event: unknown): SourceRecord[] => {
  const records = (event as { Records?: unknown } | null)?.Records;
  return Array.isArray(records) ? (records as SourceRecord[]) : [];
};

/**
 * The payloads of the sample events' records that the handler accepts: each file is invoked once and the records
 * Lambda would count as done (not reported, and for streams before the first failure) give their payloads. Samples
 * that show malformed or refused records stay out, so that only --fail-rate and --poison make records fail. Run it
 * inside the function's environment and log capture: it invokes the handler.
 */
export async function acceptedSamplePayloads(
  files: readonly string[],
  handler: LambdaHandler<unknown>,
  settings: MappingSettings,
): Promise<SamplePayloads> {
  const { functionName, timeoutSeconds, memoryMb } = settings.function;
  const outcomeOf = settings.source === 'sqs' ? sqsBatchOutcome : streamBatchOutcome;
  const accepted: SamplePayloads = { payloads: [], files: [] };
  for (const file of files) {
    const name = `${SAMPLE_EVENTS_FOLDER}/${basename(file)}`;
    const event = parseJson(await readFile(file, 'utf8'), name);
    const records = recordsOf(event);
    if (records.length === 0) continue;
    const invocation = await invokeHandler(handler, event, {
      functionName,
      timeoutMs: timeoutSeconds * 1000,
      memoryMb,
    });
    // The handler's own verdict, whatever the mapping's response types: a record it reports failed stays out.
    const { succeeded } = outcomeOf({
      identifiers: records.map(identifierOf),
      invocation,
      reportBatchItemFailures: true,
    });
    const done = new Set(succeeded);
    const payloads = records
      .filter((record) => done.has(identifierOf(record)))
      .map(payloadOf)
      .filter((payload) => payload !== undefined);
    if (payloads.length === 0) continue;
    accepted.payloads.push(...payloads);
    accepted.files.push(name);
  }
  return accepted;
}
