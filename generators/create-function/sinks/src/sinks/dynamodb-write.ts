import { ConditionalCheckFailedException, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { sinkNames } from './sink-names.js';
import { sinkVariable } from './sink-variable.js';
import { type SourceRecord, sourceRecordId } from './source-record.js';

// One client per execution environment, reused by every invocation.
const client = new DynamoDBClient({});

/**
 * Puts the record's payload into the sink table as `{ pk: <source record id>, payload, writtenAt }`. The condition
 * makes a retried record (Lambda delivers a batch again after a failure) keep the item written the first time.
 */
export async function writeToTable(record: SourceRecord, payload: unknown): Promise<void> {
  const item = { pk: sourceRecordId(record), payload, writtenAt: new Date().toISOString() };
  try {
    await client.send(
      new PutItemCommand({
        TableName: sinkVariable(sinkNames['dynamodb-write'].variable),
        Item: marshall(item, { removeUndefinedValues: true, convertClassInstanceToMap: true }),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return;
    throw error;
  }
}
