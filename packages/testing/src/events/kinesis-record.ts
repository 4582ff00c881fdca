import type { KinesisStreamRecord } from 'aws-lambda';
import { DEFAULT_SOURCE_ARNS, regionOfArn } from './default-source-arns.js';

/** One Kinesis data record as GetRecords returns it, plus where it was read from. */
export interface KinesisRecordSnapshot {
  data: Uint8Array;
  partitionKey: string;
  sequenceNumber: string;
  approximateArrivalTimestamp: Date;
  shardId: string;
  streamArn: string;
  /** The execution role of the function. @default arn:aws:iam::123456789012:role/test-function-role */
  invokeIdentityArn?: string;
}

/** The record Lambda puts in a KinesisStreamEvent for one data record. */
export function kinesisRecord(snapshot: KinesisRecordSnapshot): KinesisStreamRecord {
  return {
    kinesis: {
      kinesisSchemaVersion: '1.0',
      partitionKey: snapshot.partitionKey,
      sequenceNumber: snapshot.sequenceNumber,
      data: Buffer.from(snapshot.data).toString('base64'),
      // Lambda sends epoch seconds with a fraction, where GetRecords has a date.
      approximateArrivalTimestamp: snapshot.approximateArrivalTimestamp.getTime() / 1000,
    },
    eventSource: 'aws:kinesis',
    eventVersion: '1.0',
    eventID: `${snapshot.shardId}:${snapshot.sequenceNumber}`,
    eventName: 'aws:kinesis:record',
    invokeIdentityArn: snapshot.invokeIdentityArn ?? DEFAULT_SOURCE_ARNS.functionRole,
    awsRegion: regionOfArn(snapshot.streamArn),
    eventSourceARN: snapshot.streamArn,
  };
}
