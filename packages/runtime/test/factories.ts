import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { marshall } from '@aws-sdk/util-dynamodb';
import type {
  Context,
  DynamoDBRecord,
  DynamoDBStreamEvent,
  KinesisStreamEvent,
  KinesisStreamRecord,
  SQSEvent,
  SQSRecord,
  StreamRecord,
} from 'aws-lambda';

/** A valid order payload, the record shape the test schemas describe. */
export type Order = {
  orderId: string;
  amount: number;
  currency: string;
};

let orderCounter = 0;
export function order(overrides: Partial<Order> = {}): Order {
  orderCounter++;
  return { orderId: `order-${orderCounter}`, amount: 10 + orderCounter, currency: 'EUR', ...overrides };
}

export function lambdaContext(overrides: Partial<Context> = {}): Context {
  const functionName = 'orders-consumer';
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:eu-west-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '256',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2025/01/01/[$LATEST]0123456789abcdef',
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
    ...overrides,
  };
}

interface SqsRecordOptions {
  /** Serialized as JSON; ignored when `rawBody` is given. */
  body?: unknown;
  /** The body exactly as sent, for malformed payloads. */
  rawBody?: string;
  messageId?: string;
  /** Makes it a FIFO queue record. */
  messageGroupId?: string;
}

let sqsSequence = 0;
export function sqsRecord(options: SqsRecordOptions = {}): SQSRecord {
  sqsSequence++;
  const queue = options.messageGroupId === undefined ? 'orders' : 'orders.fifo';
  const sentAt = String(Date.now());
  return {
    messageId: options.messageId ?? randomUUID(),
    receiptHandle: `receipt-${randomUUID()}`,
    body: options.rawBody ?? JSON.stringify(options.body ?? order()),
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: sentAt,
      SenderId: 'AIDAEXAMPLE',
      ApproximateFirstReceiveTimestamp: sentAt,
      ...(options.messageGroupId === undefined
        ? {}
        : {
            MessageGroupId: options.messageGroupId,
            MessageDeduplicationId: randomUUID(),
            SequenceNumber: String(18_000_000_000_000_000_000n + BigInt(sqsSequence)),
          }),
    },
    messageAttributes: {},
    md5OfBody: 'd41d8cd98f00b204e9800998ecf8427e',
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:eu-west-1:123456789012:${queue}`,
    awsRegion: 'eu-west-1',
  };
}

export function sqsEvent(records: SQSRecord[]): SQSEvent {
  return { Records: records };
}

interface KinesisRecordOptions {
  /** Serialized as JSON, then base64 (gzipped first with `gzip`); ignored when `rawData` is given. */
  data?: unknown;
  /** The `data` field exactly as delivered (base64 text expected), for malformed payloads. */
  rawData?: string;
  gzip?: boolean;
  sequenceNumber?: string;
  arrivedSecondsAgo?: number;
}

let kinesisSequence = 0n;
function nextStreamSequenceNumber(): string {
  kinesisSequence++;
  return String(49_590_338_271_490_256_608_559_692_538_361_571_095_921_575_989_136_588_898n + kinesisSequence);
}

export function kinesisRecord(options: KinesisRecordOptions = {}): KinesisStreamRecord {
  const json = Buffer.from(JSON.stringify(options.data ?? order()));
  const data = options.rawData ?? (options.gzip ? gzipSync(json) : json).toString('base64');
  return {
    awsRegion: 'eu-west-1',
    eventID: `shardId-000000000000:${randomUUID()}`,
    eventName: 'aws:kinesis:record',
    eventSource: 'aws:kinesis',
    eventSourceARN: 'arn:aws:kinesis:eu-west-1:123456789012:stream/orders',
    eventVersion: '1.0',
    invokeIdentityArn: 'arn:aws:iam::123456789012:role/orders-consumer',
    kinesis: {
      approximateArrivalTimestamp: Date.now() / 1000 - (options.arrivedSecondsAgo ?? 1),
      data,
      kinesisSchemaVersion: '1.0',
      partitionKey: 'partition-1',
      sequenceNumber: options.sequenceNumber ?? nextStreamSequenceNumber(),
    },
  };
}

export function kinesisEvent(records: KinesisStreamRecord[]): KinesisStreamEvent {
  return { Records: records };
}

/** What CloudWatch Logs sends to a subscription (gzipped before it reaches Kinesis). */
export function cloudWatchLogsPayload(messages: string[]) {
  return {
    messageType: 'DATA_MESSAGE',
    owner: '123456789012',
    logGroup: '/aws/lambda/orders-api',
    logStream: '2025/01/01/[$LATEST]0123456789abcdef',
    subscriptionFilters: ['to-kinesis'],
    logEvents: messages.map((message, index) => ({ id: String(index), timestamp: Date.now(), message })),
  };
}

interface DynamodbRecordOptions {
  eventName?: 'INSERT' | 'MODIFY' | 'REMOVE';
  keys?: Record<string, unknown>;
  newImage?: Record<string, unknown>;
  oldImage?: Record<string, unknown>;
  /** Pass `null` for a record without a sequence number. */
  sequenceNumber?: string | null;
  createdSecondsAgo?: number;
}

type StreamImage = NonNullable<StreamRecord['NewImage']>;

// The SDK types binary attributes as bytes; a stream delivers them as base64 text. The factories marshal no binaries.
function streamImage(value: Record<string, unknown>): StreamImage {
  return marshall(value) as unknown as StreamImage;
}

/** A stream record as NEW_AND_OLD_IMAGES would deliver it; images are marshalled from plain objects. */
export function dynamodbRecord(options: DynamodbRecordOptions = {}): DynamoDBRecord {
  const eventName = options.eventName ?? 'INSERT';
  const item = order();
  const newImage = options.newImage ?? (eventName === 'REMOVE' ? undefined : item);
  const oldImage = options.oldImage ?? (eventName === 'INSERT' ? undefined : item);
  const sequenceNumber = options.sequenceNumber === undefined ? nextStreamSequenceNumber() : options.sequenceNumber;
  return {
    awsRegion: 'eu-west-1',
    eventID: randomUUID().replaceAll('-', ''),
    eventName,
    eventSource: 'aws:dynamodb',
    eventSourceARN: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders/stream/2025-01-01T00:00:00.000',
    eventVersion: '1.1',
    dynamodb: {
      ApproximateCreationDateTime: Math.floor(Date.now() / 1000) - (options.createdSecondsAgo ?? 1),
      Keys: streamImage(options.keys ?? { orderId: (newImage ?? oldImage ?? item).orderId }),
      ...(newImage === undefined ? {} : { NewImage: streamImage(newImage) }),
      ...(oldImage === undefined ? {} : { OldImage: streamImage(oldImage) }),
      ...(sequenceNumber === null ? {} : { SequenceNumber: sequenceNumber }),
      SizeBytes: 120,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}

export function dynamodbEvent(records: DynamoDBRecord[]): DynamoDBStreamEvent {
  return { Records: records };
}

/** Collects the lines a handler writes, split into log lines and Embedded Metric Format lines. */
export function capturedLines() {
  const lines: string[] = [];
  const parsed = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    lines,
    writeLine: (line: string) => {
      lines.push(line);
    },
    logLines: () => parsed().filter((line) => !('_aws' in line)),
    metricLines: () => parsed().filter((line) => '_aws' in line),
  };
}
