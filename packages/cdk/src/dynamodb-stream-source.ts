import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { BindingSlot } from './binding-slot.js';
import { ConflictingPropsError } from './errors.js';
import type { BlueprintEventSource, EventSourceBinding } from './event-source.js';
import { refuseNewResourceProps } from './import-conflicts.js';
import type { BoundOnFailureDestination } from './on-failure-destination.js';
import { bindOnFailureDestination, bindStreamSource } from './stream-source-binding.js';
import { type StreamSourceOptions, validateStreamSourceOptions } from './stream-source-options.js';

/** How a new table is encrypted at rest when no customer managed key is given. */
export type TableEncryptionChoice = 'aws-owned' | 'aws-managed';

/** Props of a DynamoDB Streams source: a new table with a stream, or an existing table stream by ARN. */
export interface DynamoDbStreamSourceProps extends StreamSourceOptions {
  /**
   * ARN of an existing table stream (`arn:...:table/<name>/stream/<label>`) to read instead of creating a table.
   * @default - a new on-demand table with a NEW_AND_OLD_IMAGES stream and point-in-time recovery
   */
  readonly tableStreamArn?: string;
  /**
   * ARN of a customer managed KMS key: it encrypts the new table, or it is the key of the existing table. The role
   * gets kms:Decrypt on it.
   * @default - no customer managed key (see encryption)
   */
  readonly keyArn?: string;
  /**
   * Encryption of the new table when keyArn is not set: AWS owned key, or the AWS managed key alias/aws/dynamodb
   * (key use visible in CloudTrail).
   * @default 'aws-owned'
   */
  readonly encryption?: TableEncryptionChoice;
  /**
   * Partition key of the new table.
   * @default { name: 'pk', type: AttributeType.STRING }
   */
  readonly partitionKey?: dynamodb.Attribute;
  /**
   * Sort key of the new table.
   * @default - none
   */
  readonly sortKey?: dynamodb.Attribute;
}

const SOURCE_NAME = 'DynamoDB stream';

/** Reads a DynamoDB table's stream with the safe mapping configuration (see StreamSourceOptions). */
export class DynamoDbStreamSource implements BlueprintEventSource {
  private readonly resources = new BindingSlot<{
    table: dynamodb.Table | undefined;
    onFailure: BoundOnFailureDestination;
  }>('DynamoDbStreamSource');

  constructor(private readonly props: DynamoDbStreamSourceProps = {}) {
    validateStreamSourceOptions(props, SOURCE_NAME, [StartingPosition.TRIM_HORIZON, StartingPosition.LATEST]);
    refuseNewResourceProps(
      'tableStreamArn',
      props.tableStreamArn,
      { encryption: props.encryption, partitionKey: props.partitionKey, sortKey: props.sortKey },
      'table',
    );
    if (props.keyArn !== undefined && props.encryption !== undefined) {
      throw new ConflictingPropsError(
        ['keyArn', 'encryption'],
        'keyArn encrypts the table with a customer managed key, and encryption chooses an AWS key instead',
        'Set one of them.',
      );
    }
  }

  /** The table created, or undefined when tableStreamArn imports a stream. Available once bound. */
  get table(): dynamodb.Table | undefined {
    return this.resources.get('table').table;
  }

  /** Where failure records go (created or imported). */
  get onFailure(): BoundOnFailureDestination {
    return this.resources.get('onFailure').onFailure;
  }

  bind(scope: Construct): EventSourceBinding {
    const { props } = this;
    const { table, streamArn } =
      props.tableStreamArn === undefined
        ? newTable(scope, props)
        : { table: undefined, streamArn: props.tableStreamArn };
    const onFailure = bindOnFailureDestination(scope, props);
    this.resources.set({ table, onFailure });
    return bindStreamSource(
      scope,
      props,
      { kind: 'dynamodb-streams', streamArn, mappingSourceArn: streamArn, keyArn: props.keyArn },
      onFailure,
    );
  }
}

/** An on-demand table with a NEW_AND_OLD_IMAGES stream, point-in-time recovery and encryption at rest. */
function newTable(scope: Construct, props: DynamoDbStreamSourceProps): { table: dynamodb.Table; streamArn: string } {
  const table = new dynamodb.Table(scope, 'Table', {
    partitionKey: props.partitionKey ?? { name: 'pk', type: dynamodb.AttributeType.STRING },
    sortKey: props.sortKey,
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    ...tableEncryption(scope, props),
    removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
  });
  // The L1 attribute is a string for certain; the L2's tableStreamArn is typed optional for tables without streams.
  const streamArn = (table.node.defaultChild as dynamodb.CfnTable).attrStreamArn;
  return { table, streamArn };
}

function tableEncryption(
  scope: Construct,
  props: DynamoDbStreamSourceProps,
): Pick<dynamodb.TableProps, 'encryption' | 'encryptionKey'> {
  if (props.keyArn !== undefined) {
    return {
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: kms.Key.fromKeyArn(scope, 'TableKey', props.keyArn),
    };
  }
  const aws =
    props.encryption === 'aws-managed' ? dynamodb.TableEncryption.AWS_MANAGED : dynamodb.TableEncryption.DEFAULT;
  return { encryption: aws };
}
