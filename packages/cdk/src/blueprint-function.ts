import {
  type ComposedRole,
  type EventSourceKind,
  logGroupArn,
  type RoleMode,
  type RoleOptions,
  type RoleSpec,
  roleSpecFor,
} from '@lambda-blueprints/role-templates';
import { Duration, Names, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { awsContextOf } from './aws-context.js';
import { ConflictingPropsError } from './errors.js';
import type { BlueprintEventSource } from './event-source.js';
import { createExecutionRole } from './execution-role.js';
import { HANDLER, requireHandlerBundle } from './handler-bundle.js';
import { functionLimits } from './mapping-limits.js';
import { requireInRange } from './range-validation.js';
import { environmentWithSinks, type Sink, sinkArns } from './sink.js';

/** Props of a BlueprintFunction. */
export interface BlueprintFunctionProps {
  /**
   * The bundle folder: the package's `dist/`, made by its esbuild build (ESM, minified, source map), holding
   * `handler.mjs` whose `handler` export is the function's handler.
   */
  readonly codeDirectory: string;
  /** What the function reads: an SqsQueueSource, KinesisStreamSource or DynamoDbStreamSource. */
  readonly source: BlueprintEventSource;
  /**
   * The function's name; its log group is `/aws/lambda/<functionName>`.
   * @default - a unique name made from the construct path
   */
  readonly functionName?: string;
  /**
   * The function's description.
   * @default - none
   */
  readonly description?: string;
  /**
   * Longest run of one invocation (1-900 seconds). An SQS source sizes its queue's visibility timeout from it.
   * @default Duration.seconds(30)
   */
  readonly timeout?: Duration;
  /**
   * Memory in MB (128-10,240); CPU grows with it.
   * @default 256
   */
  readonly memorySize?: number;
  /**
   * Environment variables of the function (sinks add theirs).
   * @default - none
   */
  readonly environment?: Readonly<Record<string, string>>;
  /**
   * Lowest level of the application's JSON log lines that reach CloudWatch Logs (system logs: WARN).
   * @default ApplicationLogLevel.INFO
   */
  readonly logLevel?: lambda.ApplicationLogLevel;
  /**
   * How long the log group keeps the logs.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: logs.RetentionDays;
  /**
   * What happens to the log group when the stack is deleted.
   * @default RemovalPolicy.RETAIN
   */
  readonly logRemovalPolicy?: RemovalPolicy;
  /**
   * Active X-Ray tracing; the role gets xray-write.
   * @default false
   */
  readonly tracing?: boolean;
  /**
   * The VPC the function runs in; the role gets vpc-access.
   * @default - not in a VPC
   */
  readonly vpc?: ec2.IVpc;
  /**
   * The subnets of the VPC the function uses (only with vpc).
   * @default - the VPC's private subnets
   */
  readonly vpcSubnets?: ec2.SubnetSelection;
  /**
   * The security groups of the function (only with vpc).
   * @default - a new security group allowing all outbound traffic
   */
  readonly securityGroups?: ec2.ISecurityGroup[];
  /**
   * Services the code calls: each adds its template on `sink:<id>` to the role and its variables to the environment.
   * @default - none
   */
  readonly sinks?: readonly Sink[];
  /**
   * The role as a list of role templates and the resources they apply to; replaces the derived list entirely.
   * @default - roleSpecFor(the source kind, the options these props imply: tracing, vpc, keys, consumer, on-failure, sinks)
   */
  readonly role?: RoleSpec;
  /**
   * `scoped`: least-privilege statements on the function's own resources. `managed`: the AWS managed policies the
   * Lambda guide names (plus scoped statements for what they lack).
   * @default 'scoped'
   */
  readonly roleMode?: RoleMode;
  /**
   * ARN of an existing role to run as: no role is created, and `requiredPolicy` says what that role must hold.
   * @default - a role is created from the role templates
   */
  readonly existingRoleArn?: string;
  /**
   * Actions of every alarm the function and its source create (e.g. an SNS topic action).
   * @default - no actions: the alarms only change state
   */
  readonly alarmActions?: readonly cloudwatch.IAlarmAction[];
}

/**
 * A Lambda function (Node.js 24, arm64, JSON logs) with its log group, its execution role composed from the role
 * templates and nothing else, and its event source mapping with safe defaults, failure destination and alarms.
 */
export class BlueprintFunction extends Construct {
  readonly lambdaFunction: lambda.Function;
  readonly functionName: string;
  /** The kind of source read: the role templates and the runtime handler follow from it. */
  readonly sourceKind: EventSourceKind;
  readonly logGroup: logs.LogGroup;
  /** The role the function runs as (an immutable view: aws-cdk-lib cannot add statements to it). */
  readonly role: iam.IRole;
  /** The role created, or undefined with existingRoleArn. */
  readonly createdRole: iam.Role | undefined;
  /** The role templates the role is made of. */
  readonly roleSpec: RoleSpec;
  /**
   * What the role holds (or, with existingRoleArn, must hold): managed policy ARNs and one policy document. Its
   * strings hold CDK tokens: `Stack.of(fn).resolve(fn.requiredPolicy)` turns them into CloudFormation.
   */
  readonly requiredPolicy: ComposedRole;
  readonly eventSourceMapping: lambda.EventSourceMapping;
  readonly alarms: readonly cloudwatch.Alarm[];

  constructor(scope: Construct, id: string, props: BlueprintFunctionProps) {
    super(scope, id);
    const timeout = props.timeout ?? Duration.seconds(30);
    requireInRange('timeout', timeout.toSeconds({ integral: false }), functionLimits.timeout);
    const memorySize = props.memorySize ?? 256;
    requireInRange('memorySize', memorySize, functionLimits.memorySize);
    refuseNetworkPropsWithoutVpc(props);
    requireHandlerBundle(props.codeDirectory);
    const sinks = props.sinks ?? [];
    const environment = environmentWithSinks(props.environment ?? {}, sinks);

    this.functionName = props.functionName ?? Names.uniqueResourceName(this, { maxLength: 64, separator: '-' });
    const binding = props.source.bind(this, { functionTimeout: timeout });
    this.sourceKind = binding.kind;
    this.logGroup = new logs.LogGroup(this, 'LogGroup', {
      logGroupName: `/aws/lambda/${this.functionName}`,
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.RETAIN,
    });

    const roleOptions: RoleOptions = {
      ...binding.roleOptions,
      tracing: props.tracing ?? false,
      vpc: props.vpc !== undefined,
      sinks: sinks.map(({ id: sinkId, kind }) => ({ id: sinkId, kind })),
    };
    const impliedSpec = roleSpecFor(binding.kind, roleOptions);
    this.roleSpec = props.role ?? impliedSpec;
    if (props.role !== undefined) this.warnAboutMissingTemplates(props.role, impliedSpec);
    const executionRole = createExecutionRole(this, {
      spec: this.roleSpec,
      mode: props.roleMode ?? 'scoped',
      arns: {
        'log-group': logGroupArn(awsContextOf(this), this.functionName),
        ...binding.resourceArns,
        ...sinkArns(sinks),
      },
      existingRoleArn: props.existingRoleArn,
      functionName: this.functionName,
    });
    this.role = executionRole.role;
    this.createdRole = executionRole.createdRole;
    this.requiredPolicy = executionRole.composed;

    this.lambdaFunction = new lambda.Function(this, 'Function', {
      functionName: this.functionName,
      description: props.description,
      code: lambda.Code.fromAsset(props.codeDirectory),
      handler: HANDLER,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      timeout,
      memorySize,
      environment,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: props.logLevel ?? lambda.ApplicationLogLevel.INFO,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      tracing: props.tracing ? lambda.Tracing.ACTIVE : undefined,
      vpc: props.vpc,
      vpcSubnets: props.vpcSubnets,
      securityGroups: props.securityGroups,
    });

    const attachment = binding.attach(this.lambdaFunction);
    this.eventSourceMapping = attachment.mapping;
    this.alarms = attachment.alarms;
    for (const alarm of this.alarms) alarm.addAlarmAction(...(props.alarmActions ?? []));
  }

  /** A hand-written role that drops a template the props need deploys, then fails at run time: say so at synth. */
  private warnAboutMissingTemplates(spec: RoleSpec, implied: RoleSpec): void {
    const missing = implied.filter(
      (need) => !spec.some((have) => have.template === need.template && have.on === need.on),
    );
    if (missing.length === 0) return;
    const list = missing.map((entry) => (entry.on === undefined ? entry.template : `${entry.template} on ${entry.on}`));
    Validations.of(this).addWarning(
      'RoleMissesImpliedTemplates',
      `The role prop lacks ${list.join(', ')}, which the function's source and props need. ` +
        'Add them to the role prop, or remove the props that imply them.',
    );
  }
}

function refuseNetworkPropsWithoutVpc(props: BlueprintFunctionProps): void {
  if (props.vpc !== undefined) return;
  const set = (['vpcSubnets', 'securityGroups'] as const).filter((prop) => props[prop] !== undefined);
  if (set.length > 0) {
    throw new ConflictingPropsError(
      [...set, 'vpc'],
      `${set.join(' and ')} place the function in a VPC, but vpc is not set`,
      'Set vpc as well, or remove them.',
    );
  }
}
