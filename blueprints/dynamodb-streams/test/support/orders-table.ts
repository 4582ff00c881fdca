import { type AttributeValue, CreateTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Order, OrderStatus } from '../../src/schema.js';

/** Creates an orders table as infra/stack.ts does: on demand, keyed by the string `pk`. */
export async function createOrdersTable(client: DynamoDBClient, tableName: string): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    }),
  );
}

/** The order as a DynamoDB item, in the attribute values the order service writes. */
export function orderItem(order: Order): Record<string, AttributeValue> {
  return {
    pk: { S: order.pk },
    customerId: { S: order.customerId },
    status: { S: order.status },
    totalCents: { N: String(order.totalCents) },
    updatedAt: { S: order.updatedAt },
  };
}

/** The UpdateItem input that sets the order's status, as the order service does. */
export function setStatus(tableName: string, order: Order, status: OrderStatus, updatedAt: string) {
  return {
    TableName: tableName,
    Key: { pk: { S: order.pk } },
    UpdateExpression: 'SET #status = :status, updatedAt = :updatedAt',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':status': { S: status }, ':updatedAt': { S: updatedAt } },
  };
}
