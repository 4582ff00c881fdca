import type { DynamoDBRecord } from 'aws-lambda';
import { regionOfArn } from './default-source-arns.js';
import type { StreamImage } from './dynamodb-stream-image.js';

export type DynamodbStreamEventName = 'INSERT' | 'MODIFY' | 'REMOVE';

/** One change of a table as its stream records it, before it becomes a record of the event. */
export interface DynamodbChangeSnapshot {
  eventName: DynamodbStreamEventName;
  keys: StreamImage;
  newImage?: StreamImage;
  oldImage?: StreamImage;
  sequenceNumber: string;
  /** 32 hex digits. */
  eventId: string;
  approximateCreationDateTime: Date;
  streamArn: string;
}

/** DynamoDB Streams sequence numbers look like this one: 28 digits, increasing through a shard. */
export const DYNAMODB_SEQUENCE_NUMBER_BASE = 4_421_584_500_000_000_017_450_439_091n;

/** The record Lambda puts in a DynamoDBStreamEvent for one change, with the NEW_AND_OLD_IMAGES view. */
export function dynamodbStreamRecord(change: DynamodbChangeSnapshot): DynamoDBRecord {
  const { keys, newImage, oldImage } = change;
  return {
    eventID: change.eventId,
    eventName: change.eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: regionOfArn(change.streamArn),
    dynamodb: {
      // Lambda sends whole epoch seconds.
      ApproximateCreationDateTime: Math.floor(change.approximateCreationDateTime.getTime() / 1000),
      Keys: keys,
      ...(newImage && { NewImage: newImage }),
      ...(oldImage && { OldImage: oldImage }),
      SequenceNumber: change.sequenceNumber,
      // Approximate: the size of the images as JSON, which tracks DynamoDB's own count closely enough for limits.
      SizeBytes: Buffer.byteLength(JSON.stringify({ keys, newImage, oldImage })),
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
    eventSourceARN: change.streamArn,
  };
}
