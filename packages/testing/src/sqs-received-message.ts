import type { Message, MessageAttributeValue } from '@aws-sdk/client-sqs';
import type { SQSMessageAttribute, SQSMessageAttributes, SQSRecordAttributes } from 'aws-lambda';
import { UnexpectedEmulatorResponseError } from './errors.js';
import type { SqsMessageSnapshot } from './events/sqs-record.js';

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

function toRecordAttribute(value: MessageAttributeValue): SQSMessageAttribute {
  const attribute: SQSMessageAttribute = {
    stringListValues: value.StringListValues ?? [],
    binaryListValues: (value.BinaryListValues ?? []).map(base64),
    dataType: value.DataType ?? 'String',
  };
  if (value.StringValue !== undefined) attribute.stringValue = value.StringValue;
  if (value.BinaryValue !== undefined) attribute.binaryValue = base64(value.BinaryValue);
  return attribute;
}

/** Reads one received message as the snapshot an SQS record is built from (receive with AttributeNames ['All']). */
export function snapshotOfReceivedMessage(message: Message): SqsMessageSnapshot {
  const { MessageId, ReceiptHandle, Body, Attributes = {}, MessageAttributes = {} } = message;
  const { ApproximateReceiveCount, SentTimestamp, SenderId, ApproximateFirstReceiveTimestamp } = Attributes;
  if (
    MessageId === undefined ||
    ReceiptHandle === undefined ||
    Body === undefined ||
    ApproximateReceiveCount === undefined ||
    SentTimestamp === undefined
  ) {
    throw new UnexpectedEmulatorResponseError(
      `ReceiveMessage (message ${MessageId})`,
      'a receipt handle, body or ApproximateReceiveCount and SentTimestamp',
      "Receive with AttributeNames ['All']: local-aws-sqs ignores MessageSystemAttributeNames.",
    );
  }
  const attributes: SQSRecordAttributes = {
    ApproximateReceiveCount,
    SentTimestamp,
    SenderId: SenderId ?? '',
    ApproximateFirstReceiveTimestamp: ApproximateFirstReceiveTimestamp ?? '',
  };
  for (const key of ['AWSTraceHeader', 'SequenceNumber', 'MessageGroupId', 'MessageDeduplicationId'] as const) {
    const value = Attributes[key];
    if (value !== undefined) attributes[key] = value;
  }
  const messageAttributes: SQSMessageAttributes = Object.fromEntries(
    Object.entries(MessageAttributes).map(([name, value]) => [name, toRecordAttribute(value)]),
  );
  return {
    messageId: MessageId,
    receiptHandle: ReceiptHandle,
    body: Body,
    attributes,
    messageAttributes,
    ...(message.MD5OfMessageAttributes !== undefined && { md5OfMessageAttributes: message.MD5OfMessageAttributes }),
  };
}
