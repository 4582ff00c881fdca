import type { Sink } from '@lambda-blueprints/cdk';
import { Arn, ArnFormat, RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { InvalidSinkArnError } from '../../src/sinks/errors.js';
import { sinkNames } from '../../src/sinks/sink-names.js';

const { id, variable } = sinkNames['dynamodb-write'];

/**
 * A new on-demand table (partition key `pk`, point-in-time recovery, kept when the stack is deleted) that the function
 * writes to: the role gets dynamodb:PutItem on it, the function its name in SINK_TABLE_NAME.
 */
export function newTableSink(scope: Construct): Sink {
  const table = new dynamodb.Table(scope, 'SinkTable', {
    partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    removalPolicy: RemovalPolicy.RETAIN,
  });
  return { id, kind: 'dynamodb-write', arn: table.tableArn, environment: { [variable]: table.tableName } };
}

/** An existing table, by ARN: the role gets dynamodb:PutItem on it, the function its name in SINK_TABLE_NAME. */
export function existingTableSink(tableArn: string): Sink {
  const { resourceName } = Arn.split(tableArn, ArnFormat.SLASH_RESOURCE_NAME);
  if (resourceName === undefined)
    throw new InvalidSinkArnError(
      tableArn,
      'a DynamoDB table ARN (arn:<partition>:dynamodb:<region>:<account>:table/<name>)',
    );
  return { id, kind: 'dynamodb-write', arn: tableArn, environment: { [variable]: resourceName } };
}
