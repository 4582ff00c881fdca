import { fileURLToPath } from 'node:url';
import { BlueprintFunction, BlueprintStack, KinesisStreamSource } from '@lambda-blueprints/cdk';
import type { RoleSpec } from '@lambda-blueprints/role-templates';
import { CfnOutput, Duration, type StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Construct } from 'constructs';
import { config as defaultConfig } from './config.js';
import type { KinesisFunctionConfig, VpcPlacement } from './function-config.js';
import { role as defaultRole } from './role.js';

/** Props of the stack; tests pass other settings, `cdk synth` and `cdk deploy` use the files as they are. */
export interface KinesisBlueprintStackProps extends StackProps {
  /**
   * The function's settings.
   * @default - infra/config.ts
   */
  readonly config?: KinesisFunctionConfig;
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

/** The Kinesis stream (or an existing one), the function reading it with its role, and its on-failure queue. */
export class KinesisBlueprintStack extends BlueprintStack {
  readonly source: KinesisStreamSource;
  readonly consumer: BlueprintFunction;

  constructor(scope: Construct, id: string, props: KinesisBlueprintStackProps = {}) {
    const config = props.config ?? defaultConfig;
    super(scope, id, { ...props, blueprint: config.functionName, description: config.description });
    const { source } = config;
    // An existing stream is its owner's: the settings of a new one do not apply to it.
    const newStream = source.streamArn === undefined ? source.newStream : undefined;

    this.source = new KinesisStreamSource({
      streamArn: source.streamArn,
      keyArn: source.keyArn,
      shardCount: newStream?.shardCount,
      retentionPeriod: newStream && Duration.hours(newStream.retentionHours),
      enhancedFanOut: source.enhancedFanOut,
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

    new CfnOutput(this, 'StreamName', { value: this.source.stream.streamName, description: 'Put records here.' });
    if (this.source.onFailure.queue) {
      new CfnOutput(this, 'OnFailureQueueUrl', {
        value: this.source.onFailure.queue.queueUrl,
        description: 'Descriptions of the batches that exhausted their retries; read the records from the stream.',
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
