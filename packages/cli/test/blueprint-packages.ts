import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { EventSourceName, GeneratedEvent } from '@lambda-blueprints/testing';

/** A blueprint of the workspace, as a user sees it: a folder with its sample events, used as a black box. */
export interface BlueprintPackage {
  source: EventSourceName;
  directory: string;
  /** A sample event file of the blueprint whose records its handler accepts. */
  acceptedSample: string;
}

const blueprintDirectory = (folder: string) => fileURLToPath(new URL(`../../../blueprints/${folder}`, import.meta.url));

export const blueprintPackages: readonly BlueprintPackage[] = [
  { source: 'sqs', directory: blueprintDirectory('sqs'), acceptedSample: 'events/orders.json' },
  { source: 'sqs-fifo', directory: blueprintDirectory('sqs-fifo'), acceptedSample: 'events/status-changes.json' },
  { source: 'kinesis', directory: blueprintDirectory('kinesis'), acceptedSample: 'events/readings.json' },
  {
    source: 'dynamodb-streams',
    directory: blueprintDirectory('dynamodb-streams'),
    acceptedSample: 'events/order-lifecycle.json',
  },
];

type AnyRecord = GeneratedEvent<EventSourceName>['Records'][number];

/** The payload a record carries, decoded: the SQS body or Kinesis data as JSON, the DynamoDB NewImage as an item. */
export function recordPayload(record: AnyRecord): unknown {
  if ('messageId' in record) return JSON.parse(record.body);
  if ('kinesis' in record) return JSON.parse(Buffer.from(record.kinesis.data, 'base64').toString('utf8'));
  return unmarshall((record.dynamodb?.NewImage ?? {}) as Parameters<typeof unmarshall>[0]);
}

/** Whether a record carries the payload given, rather than a malformed one. */
export function carriesPayload(record: AnyRecord, payload: unknown): boolean {
  try {
    return isDeepStrictEqual(recordPayload(record), payload);
  } catch {
    return false;
  }
}

/** The payload of the first record of the blueprint's accepted sample: a body its schema and logic accept. */
export async function acceptedPayload(blueprint: BlueprintPackage): Promise<unknown> {
  const text = await readFile(`${blueprint.directory}/${blueprint.acceptedSample}`, 'utf8');
  const [first] = (JSON.parse(text) as { Records: AnyRecord[] }).Records;
  if (first === undefined) throw new Error(`${blueprint.acceptedSample} has no records: fix the test's choice.`);
  return recordPayload(first);
}
