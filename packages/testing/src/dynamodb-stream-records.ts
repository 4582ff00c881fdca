import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import {
  DeleteItemCommand,
  type DeleteItemCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  type PutItemCommandInput,
  UpdateItemCommand,
  type UpdateItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { UnexpectedEmulatorResponseError } from './errors.js';
import { toStreamImage, type WireItem } from './events/dynamodb-stream-image.js';
import {
  DYNAMODB_SEQUENCE_NUMBER_BASE,
  type DynamodbStreamEventName,
  dynamodbStreamRecord,
} from './events/dynamodb-stream-record.js';

/** The writes that produce a stream record. */
export type StreamedWrite = PutItemCommand | UpdateItemCommand | DeleteItemCommand;

interface TableFacts {
  keyNames: string[];
  streamArn: string;
}

// Stream sequence numbers only grow, across every table written in this process, like a shard's.
let lastSequenceNumber = DYNAMODB_SEQUENCE_NUMBER_BASE;

async function tableFacts(client: DynamoDBClient, tableName: string | undefined): Promise<TableFacts> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const keyNames = (Table?.KeySchema ?? []).flatMap(({ AttributeName }) => (AttributeName ? [AttributeName] : []));
  if (!Table?.TableArn || keyNames.length === 0) {
    throw new UnexpectedEmulatorResponseError(
      `DescribeTable of ${tableName}`,
      'TableArn or KeySchema',
      'Check the endpoint is a DynamoDB emulator.',
    );
  }
  // dynalite has no streams: label the stream with the table's creation time, as DynamoDB labels a new stream.
  const label = (Table.CreationDateTime ?? new Date(0)).toISOString().slice(0, 23);
  return { keyNames, streamArn: Table.LatestStreamArn ?? `${Table.TableArn}/stream/${label}` };
}

const pick = (item: WireItem, names: readonly string[]): WireItem =>
  Object.fromEntries(names.flatMap((name) => (item[name] ? [[name, item[name]]] : [])));

/** Runs the write with ReturnValues ALL_OLD and returns the item as it was before. */
async function writeReturningOldItem(client: DynamoDBClient, command: StreamedWrite): Promise<WireItem | undefined> {
  if (command instanceof PutItemCommand) {
    return (await client.send(new PutItemCommand({ ...command.input, ReturnValues: 'ALL_OLD' }))).Attributes;
  }
  if (command instanceof UpdateItemCommand) {
    return (await client.send(new UpdateItemCommand({ ...command.input, ReturnValues: 'ALL_OLD' }))).Attributes;
  }
  return (await client.send(new DeleteItemCommand({ ...command.input, ReturnValues: 'ALL_OLD' }))).Attributes;
}

function eventNameOf(
  oldItem: WireItem | undefined,
  newItem: WireItem | undefined,
): DynamodbStreamEventName | undefined {
  if (oldItem && newItem) return isDeepStrictEqual(oldItem, newItem) ? undefined : 'MODIFY';
  if (newItem) return 'INSERT';
  return oldItem ? 'REMOVE' : undefined;
}

/**
 * Runs a PutItem, UpdateItem or DeleteItem against the table (dynalite) and returns the DynamoDB Streams record that
 * write produces with the NEW_AND_OLD_IMAGES view: images are the items as the table returned them, Keys come from
 * the table's key schema. Returns undefined when DynamoDB writes no record: a write that changed nothing, or a
 * delete of a missing item. The command's own ReturnValues is replaced by ALL_OLD.
 */
export async function writeAndCaptureStreamRecord(
  client: DynamoDBClient,
  command: StreamedWrite,
): Promise<DynamoDBRecord | undefined> {
  const tableName = command.input.TableName;
  const { keyNames, streamArn } = await tableFacts(client, tableName);
  const oldItem = await writeReturningOldItem(client, command);
  const key = command instanceof PutItemCommand ? pick(command.input.Item ?? {}, keyNames) : command.input.Key;
  const newItem =
    command instanceof DeleteItemCommand
      ? undefined
      : (await client.send(new GetItemCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;
  const eventName = eventNameOf(oldItem, newItem);
  const image = newItem ?? oldItem;
  if (eventName === undefined || image === undefined) return undefined;
  lastSequenceNumber += 100n;
  return dynamodbStreamRecord({
    eventName,
    keys: toStreamImage(pick(image, keyNames)),
    ...(newItem && { newImage: toStreamImage(newItem) }),
    ...(oldItem && { oldImage: toStreamImage(oldItem) }),
    sequenceNumber: String(lastSequenceNumber),
    eventId: randomBytes(16).toString('hex'),
    approximateCreationDateTime: new Date(),
    streamArn,
  });
}

/** PutItem, and the INSERT or MODIFY record it produces. */
export const putAndCapture = (client: DynamoDBClient, input: PutItemCommandInput) =>
  writeAndCaptureStreamRecord(client, new PutItemCommand(input));

/** UpdateItem, and the INSERT or MODIFY record it produces. */
export const updateAndCapture = (client: DynamoDBClient, input: UpdateItemCommandInput) =>
  writeAndCaptureStreamRecord(client, new UpdateItemCommand(input));

/** DeleteItem, and the REMOVE record it produces. */
export const deleteAndCapture = (client: DynamoDBClient, input: DeleteItemCommandInput) =>
  writeAndCaptureStreamRecord(client, new DeleteItemCommand(input));

/** The event Lambda would deliver with these records (writes that produced none are left out). */
export function dynamodbStreamEventFrom(records: readonly (DynamoDBRecord | undefined)[]): DynamoDBStreamEvent {
  return { Records: records.filter((record): record is DynamoDBRecord => record !== undefined) };
}
