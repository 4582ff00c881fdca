import { randomUUID } from 'node:crypto';
import type { HandlerInvocation } from './handler-invocation.js';

/** The batch a Kinesis on-failure record describes (the records themselves are not in it). */
export interface KinesisBatchInfo {
  shardId: string;
  startSequenceNumber: string;
  endSequenceNumber: string;
  approximateArrivalOfFirstRecord: string;
  approximateArrivalOfLastRecord: string;
  batchSize: number;
  streamArn: string;
}

/** What Lambda sends to a stream mapping's OnFailure destination (SQS, SNS or S3) for a discarded batch. */
export interface KinesisOnFailureRecord {
  requestContext: {
    requestId: string;
    functionArn: string;
    condition: 'RetryAttemptsExhausted' | 'RecordAgeExceeded';
    approximateInvokeCount: number;
  };
  responseContext?: {
    statusCode: number;
    executedVersion: string;
    functionError?: 'Unhandled';
  };
  version: '1.0';
  timestamp: string;
  KinesisBatchInfo: KinesisBatchInfo;
}

/** A discarded record, as far as the on-failure record describes it. */
export interface DiscardedRecord {
  sequenceNumber: string;
  approximateArrivalTimestamp: Date;
}

export interface OnFailureRecordInput {
  shardId: string;
  streamArn: string;
  functionArn: string;
  firstRecord: DiscardedRecord;
  lastRecord: DiscardedRecord;
  batchSize: number;
  /** The last invocation of the batch; absent when Lambda discarded it without invoking (its records expired). */
  invocation?: HandlerInvocation;
  /** How many times the batch was invoked. */
  invokeCount: number;
  /** Why Lambda gave up on the batch. @default 'RetryAttemptsExhausted' */
  condition?: KinesisOnFailureRecord['requestContext']['condition'];
  /** When Lambda discarded the batch (a simulation passes its virtual clock). @default now */
  timestamp?: Date;
}

/** The on-failure record Lambda writes when it discards a Kinesis batch (retry attempts exhausted, or too old). */
export function kinesisOnFailureRecord(input: OnFailureRecordInput): KinesisOnFailureRecord {
  const { firstRecord, lastRecord, invocation } = input;
  return {
    requestContext: {
      requestId: invocation?.requestId ?? randomUUID(),
      functionArn: input.functionArn,
      condition: input.condition ?? 'RetryAttemptsExhausted',
      approximateInvokeCount: input.invokeCount,
    },
    // The Invoke API answers 200 even when the function fails; the failure is in the FunctionError header.
    ...(invocation && {
      responseContext: {
        statusCode: 200,
        executedVersion: '$LATEST',
        ...(invocation.kind !== 'returned' && { functionError: 'Unhandled' as const }),
      },
    }),
    version: '1.0',
    timestamp: (input.timestamp ?? new Date()).toISOString(),
    KinesisBatchInfo: {
      shardId: input.shardId,
      startSequenceNumber: firstRecord.sequenceNumber,
      endSequenceNumber: lastRecord.sequenceNumber,
      approximateArrivalOfFirstRecord: firstRecord.approximateArrivalTimestamp.toISOString(),
      approximateArrivalOfLastRecord: lastRecord.approximateArrivalTimestamp.toISOString(),
      batchSize: input.batchSize,
      streamArn: input.streamArn,
    },
  };
}
