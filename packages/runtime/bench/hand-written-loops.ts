import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { DynamoDBStreamEvent, KinesisStreamEvent, SQSEvent } from 'aws-lambda';

// The baselines: what a careful developer writes by hand for the same work (decode, validate with the same
// schema, call the record function, collect partial failures), with no logs, metrics or event checks.

type Failures = { batchItemFailures: { itemIdentifier: string }[] };

function validOrThrow(schema: StandardSchemaV1, value: unknown): unknown {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) {
    throw new TypeError('the baseline expects a synchronous schema');
  }
  if (result.issues) {
    throw new Error(result.issues[0]?.message);
  }
  return result.value;
}

export function handWrittenSqsHandler(schema: StandardSchemaV1, handleRecord: (body: unknown) => Promise<void>) {
  return async (event: SQSEvent): Promise<Failures> => {
    const batchItemFailures: Failures['batchItemFailures'] = [];
    for (const record of event.Records) {
      try {
        await handleRecord(validOrThrow(schema, JSON.parse(record.body)));
      } catch {
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures };
  };
}

export function handWrittenKinesisHandler(schema: StandardSchemaV1, handleRecord: (data: unknown) => Promise<void>) {
  return async (event: KinesisStreamEvent): Promise<Failures> => {
    for (const record of event.Records) {
      try {
        const text = Buffer.from(record.kinesis.data, 'base64').toString('utf8');
        await handleRecord(validOrThrow(schema, JSON.parse(text)));
      } catch {
        return { batchItemFailures: [{ itemIdentifier: record.kinesis.sequenceNumber }] };
      }
    }
    return { batchItemFailures: [] };
  };
}

type SdkAttributeMap = Parameters<typeof unmarshall>[0];

export function handWrittenDynamodbHandler(schema: StandardSchemaV1, handleRecord: (image: unknown) => Promise<void>) {
  return async (event: DynamoDBStreamEvent): Promise<Failures> => {
    for (const record of event.Records) {
      try {
        const image = unmarshall(record.dynamodb?.NewImage as unknown as SdkAttributeMap);
        await handleRecord(validOrThrow(schema, image));
      } catch {
        return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
      }
    }
    return { batchItemFailures: [] };
  };
}
