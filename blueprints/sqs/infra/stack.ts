import { fileURLToPath } from 'node:url';
import { BlueprintFunction, BlueprintStack, SqsQueueSource } from '@lambda-blueprints/cdk';
import type { RoleSpec } from '@lambda-blueprints/role-templates';
import { CfnOutput, Duration, type StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Construct } from 'constructs';
import { config as defaultConfig } from './config.js';
import type { SqsFunctionConfig, VpcPlacement } from './function-config.js';
import { role as defaultRole } from './role.js';

/** Props of the stack; tests pass other settings, `cdk synth` and `cdk deploy` use the files as they are. */
export interface SqsBlueprintStackProps extends StackProps {
  /**
   * The function's settings.
   * @default - infra/config.ts
   */
  readonly config?: SqsFunctionConfig;
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

/** The SQS queue (or an existing one), its dead-letter queue, and the function reading it with its role. */
export class SqsBlueprintStack extends BlueprintStack {
  readonly source: SqsQueueSource;
  readonly consumer: BlueprintFunction;

  constructor(scope: Construct, id: string, props: SqsBlueprintStackProps = {}) {
    const config = props.config ?? defaultConfig;
    super(scope, id, { ...props, blueprint: config.functionName, description: config.description });
    const { source } = config;

    this.source = new SqsQueueSource({
      queueArn: source.existingQueueArn,
      keyArn: source.keyArn,
      batchSize: source.batchSize,
      maxBatchingWindow:
        source.maxBatchingWindowSeconds > 0 ? Duration.seconds(source.maxBatchingWindowSeconds) : undefined,
      maxReceiveCount: source.newQueue?.maxReceiveCount,
      retentionPeriod: source.newQueue && Duration.days(source.newQueue.retentionPeriodDays),
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

    new CfnOutput(this, 'QueueUrl', { value: this.source.queue.queueUrl, description: 'Send messages here.' });
    if (this.source.deadLetterQueue) {
      new CfnOutput(this, 'DeadLetterQueueUrl', {
        value: this.source.deadLetterQueue.queueUrl,
        description: 'Messages that failed maxReceiveCount times; inspect and redrive them.',
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
