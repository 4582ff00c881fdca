import { fileURLToPath } from 'node:url';
import { BlueprintFunction, BlueprintStack, DynamoDbStreamSource } from '@lambda-blueprints/cdk';
import type { RoleSpec } from '@lambda-blueprints/role-templates';
import { CfnOutput, Duration, type StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Construct } from 'constructs';
import { config as defaultConfig } from './config.js';
import type { DynamodbStreamsFunctionConfig, VpcPlacement } from './function-config.js';
import { role as defaultRole } from './role.js';

/** Props of the stack; tests pass other settings, `cdk synth` and `cdk deploy` use the files as they are. */
export interface DynamodbStreamsBlueprintStackProps extends StackProps {
  /**
   * The function's settings.
   * @default - infra/config.ts
   */
  readonly config?: DynamodbStreamsFunctionConfig;
  /**
   * The execution role's templates.
   * @default - infra/role.ts
   */
  readonly role?: RoleSpec;
  /**
   * The folder of the bundled handler (handler.mjs).
   * @default - the package's dist/, made by `pnpm run build`
   */
  readonly codeDirectory?: string;
}

/** The orders table with its stream (or an existing stream), the function reading it with its role, and its on-failure queue. */
export class DynamodbStreamsBlueprintStack extends BlueprintStack {
  readonly source: DynamoDbStreamSource;
  readonly consumer: BlueprintFunction;

  constructor(scope: Construct, id: string, props: DynamodbStreamsBlueprintStackProps = {}) {
    const config = props.config ?? defaultConfig;
    super(scope, id, { ...props, blueprint: config.functionName, description: config.description });
    const { source } = config;

    this.source = new DynamoDbStreamSource({
      tableStreamArn: source.existingTableStreamArn,
      keyArn: source.keyArn,
      // A customer managed key replaces the choice of AWS key.
      encryption: source.keyArn === undefined ? source.newTable?.encryption : undefined,
      batchSize: source.batchSize,
      maxBatchingWindow:
        source.maxBatchingWindowSeconds > 0 ? Duration.seconds(source.maxBatchingWindowSeconds) : undefined,
      retryAttempts: source.retryAttempts,
      maxRecordAge: Duration.seconds(source.maxRecordAgeSeconds),
    });
    this.consumer = new BlueprintFunction(this, 'Function', {
      codeDirectory: props.codeDirectory ?? fileURLToPath(new URL('../dist', import.meta.url)),
      source: this.source,
      functionName: config.functionName,
      description: config.description,
      timeout: Duration.seconds(config.timeoutSeconds),
      memorySize: config.memorySize,
      tracing: config.tracing,
      ...(config.vpc && this.vpcProps(config.vpc)),
      sinks: config.sinks,
      role: props.role ?? defaultRole,
      roleMode: config.roleMode,
      existingRoleArn: config.existingRoleArn,
    });

    if (this.source.table) {
      new CfnOutput(this, 'TableName', { value: this.source.table.tableName, description: 'Write orders here.' });
    }
    if (this.source.onFailure.queue) {
      new CfnOutput(this, 'OnFailureQueueUrl', {
        value: this.source.onFailure.queue.queueUrl,
        description:
          'Descriptions of the batches that exhausted their retries; read the records from the stream within 24 hours.',
      });
    }
    new CfnOutput(this, 'FunctionName', { value: this.consumer.functionName });
  }

  /** The VPC, subnets and security groups by id: no lookup, so synth works offline. */
  private vpcProps(placement: VpcPlacement) {
    return {
      vpc: ec2.Vpc.fromVpcAttributes(this, 'Vpc', {
        vpcId: placement.vpcId,
        availabilityZones: placement.availabilityZones,
        privateSubnetIds: placement.privateSubnetIds,
      }),
      securityGroups: placement.securityGroupIds?.map((groupId, index) =>
        ec2.SecurityGroup.fromSecurityGroupId(this, `SecurityGroup${index}`, groupId),
      ),
    };
  }
}
