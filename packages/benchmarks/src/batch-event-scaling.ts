import { randomUUID } from 'node:crypto';
import type { DynamoDBRecord, KinesisStreamRecord, SQSRecord } from 'aws-lambda';
import { UnscalableEventError } from './errors.js';

type Renumber = (record: unknown, position: number) => unknown;

function sequenceBase(sequenceNumber: string | undefined, field: string): bigint {
  if (sequenceNumber === undefined || !/^\d+$/.test(sequenceNumber)) {
    throw new UnscalableEventError(
      `The sample's first record has ${field} ${JSON.stringify(sequenceNumber)}, not a decimal sequence number. ` +
        'Use a sample event as Lambda delivers it.',
    );
  }
  return BigInt(sequenceNumber);
}

// Each source names its records differently; every copy gets an identifier of its own, sequence numbers increasing
// through the batch as a queue or shard gives them.
function renumbererFor(first: unknown): Renumber {
  const source = (first as { eventSource?: unknown }).eventSource;
  if (source === 'aws:sqs') {
    const fifoSequence = (first as SQSRecord).attributes?.SequenceNumber;
    const base = fifoSequence === undefined ? undefined : sequenceBase(fifoSequence, 'attributes.SequenceNumber');
    return (record, position) => {
      const message = record as SQSRecord;
      message.messageId = randomUUID();
      if (base !== undefined) {
        message.attributes.SequenceNumber = String(base + BigInt(position));
      }
      return message;
    };
  }
  if (source === 'aws:kinesis') {
    const base = sequenceBase((first as KinesisStreamRecord).kinesis?.sequenceNumber, 'kinesis.sequenceNumber');
    return (record, position) => {
      const kinesisRecord = record as KinesisStreamRecord;
      const sequenceNumber = String(base + BigInt(position));
      kinesisRecord.kinesis.sequenceNumber = sequenceNumber;
      kinesisRecord.eventID = `${kinesisRecord.eventID.split(':')[0]}:${sequenceNumber}`;
      return kinesisRecord;
    };
  }
  if (source === 'aws:dynamodb') {
    const base = sequenceBase((first as DynamoDBRecord).dynamodb?.SequenceNumber, 'dynamodb.SequenceNumber');
    return (record, position) => {
      const streamRecord = record as DynamoDBRecord;
      streamRecord.eventID = randomUUID().replaceAll('-', '');
      if (streamRecord.dynamodb) {
        streamRecord.dynamodb.SequenceNumber = String(base + BigInt(position));
      }
      return streamRecord;
    };
  }
  throw new UnscalableEventError(
    `The sample's first record has eventSource ${JSON.stringify(source)}; only aws:sqs, aws:kinesis and aws:dynamodb ` +
      'batches can be repeated.',
  );
}

/**
 * A batch of `recordCount` records made of the sample's records repeated in order, each copy with an identifier of its
 * own (SQS messageId, Kinesis and DynamoDB sequence numbers), so that failures stay attributable. The sample's other
 * fields are kept as they are.
 */
export function scaleBatchEvent<TEvent extends { Records: readonly unknown[] }>(
  sample: TEvent,
  recordCount: number,
): TEvent {
  const records = sample.Records;
  if (records.length === 0) {
    throw new UnscalableEventError('The sample event has no records to repeat. Use a sample batch with records.');
  }
  if (!Number.isInteger(recordCount) || recordCount < 1) {
    throw new UnscalableEventError(`Cannot make a batch of ${recordCount} records: give a whole number of at least 1.`);
  }
  const renumber = renumbererFor(records[0]);
  return {
    ...sample,
    Records: Array.from({ length: recordCount }, (_, position) =>
      renumber(structuredClone(records[position % records.length]), position),
    ),
  };
}
