import type { EventSourceKind } from '@lambda-blueprints/role-templates';
import {
  type CloudFormationTemplate,
  FAKE_AWS_ENVIRONMENT,
  fakeRefOf,
  functionRoleLogicalId,
  resolveIntrinsics,
  type SynthesizedRole,
  synthesizedRole,
  TestingError,
} from '@lambda-blueprints/testing';

/** Whether a resource is encrypted with a customer managed KMS key, as far as the template tells. */
export type KeyUse = { kind: 'none' } | { kind: 'key'; arn: string } | { kind: 'unknown'; why: string };

/** A resource the function's mapping reads from or sends to, with its key. */
export interface MappedResource {
  arn: string;
  key: KeyUse;
}

/** One event source mapping of the function. */
export interface FunctionEventSource extends MappedResource {
  mappingLogicalId: string;
  /** What the ARN is, by its service; undefined for sources the role templates do not cover. */
  kind: EventSourceKind | undefined;
  /** The stream, when the mapping reads through a Kinesis enhanced fan-out consumer (`arn` is the consumer). */
  streamArn?: string;
  /** Where the mapping sends the records it gives up on (streams). */
  onFailure?: MappedResource;
}

/** A Lambda function of a synthesized template, as deployed in the fake environment of @lambda-blueprints/testing. */
export interface DeployedFunction {
  logicalId: string;
  functionName: string;
  logGroupArn: string;
  tracing: boolean;
  vpc: boolean;
  /** The role's logical id, undefined when the function runs as a role from outside the template. */
  roleLogicalId: string | undefined;
  /** The role's policies with intrinsics resolved; undefined with roleProblem when they cannot be read. */
  role: SynthesizedRole | undefined;
  roleProblem?: string;
  sources: FunctionEventSource[];
}

const { partition, region, accountId } = FAKE_AWS_ENVIRONMENT;

type Properties = Record<string, unknown>;

const isRecord = (value: unknown): value is Properties =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The logical id a `Ref` or `Fn::GetAtt` points at, undefined for a literal. */
function referencedLogicalId(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  if (typeof value.Ref === 'string') return value.Ref;
  const getAtt = value['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
  return typeof getAtt === 'string' ? getAtt.split('.')[0] : undefined;
}

const propertiesOf = (template: CloudFormationTemplate, logicalId: string): Properties =>
  template.Resources?.[logicalId]?.Properties ?? {};

/** A nested property (`['SSESpecification', 'KMSMasterKeyId']`), undefined when any step is missing. */
function propertyAt(properties: Properties, path: readonly (string | number)[]): unknown {
  let value: unknown = properties;
  for (const step of path) {
    if (typeof step === 'number') value = Array.isArray(value) ? value[step] : undefined;
    else value = isRecord(value) ? value[step] : undefined;
  }
  return value;
}

// Where each kind of resource names its customer managed key.
const keyProperties: Readonly<Record<string, readonly (string | number)[]>> = {
  'AWS::SQS::Queue': ['KmsMasterKeyId'],
  'AWS::SNS::Topic': ['KmsMasterKeyId'],
  'AWS::Kinesis::Stream': ['StreamEncryption', 'KeyId'],
  'AWS::DynamoDB::Table': ['SSESpecification', 'KMSMasterKeyId'],
  'AWS::S3::Bucket': [
    'BucketEncryption',
    'ServerSideEncryptionConfiguration',
    0,
    'ServerSideEncryptionByDefault',
    'KMSMasterKeyID',
  ],
};

function keyOf(template: CloudFormationTemplate, logicalId: string | undefined, what: string): KeyUse {
  const resource = logicalId === undefined ? undefined : template.Resources?.[logicalId];
  if (logicalId === undefined || resource === undefined) {
    return { kind: 'unknown', why: `${what} is not defined in the template, so its encryption cannot be read` };
  }
  if (resource.Type === 'AWS::Kinesis::StreamConsumer') {
    return keyOf(template, referencedLogicalId(propertiesOf(template, logicalId).StreamARN), what);
  }
  const path = keyProperties[resource.Type];
  if (path === undefined)
    return { kind: 'unknown', why: `${what} is a ${resource.Type}, whose key the check does not read` };
  const raw = propertyAt(propertiesOf(template, logicalId), path);
  if (raw === undefined) return { kind: 'none' };
  const key = String(resolveIntrinsics(template, raw, `Resources.${logicalId}.Properties.${path.join('.')}`));
  // An AWS managed key (alias/aws/sqs, ...) is used by the service itself: the role needs no grant on it.
  if (key.startsWith('alias/aws/') || key.includes(':alias/aws/')) return { kind: 'none' };
  if (key.startsWith('arn:')) return { kind: 'key', arn: key };
  if (key.startsWith('alias/')) return { kind: 'unknown', why: `${what} names its key by the alias ${key}` };
  return { kind: 'key', arn: `arn:${partition}:kms:${region}:${accountId}:key/${key}` };
}

/** The source kind an ARN belongs to, by its service (and resource, for streams). */
function sourceKindOf(arn: string): { kind: EventSourceKind | undefined; streamArn?: string } {
  const service = arn.split(':')[2];
  if (service === 'sqs') return { kind: arn.endsWith('.fifo') ? 'sqs-fifo' : 'sqs' };
  if (service === 'kafka') return { kind: 'msk' };
  if (service === 'dynamodb' && arn.includes('/stream/')) return { kind: 'dynamodb-streams' };
  if (service === 'kinesis') {
    const consumer = arn.indexOf('/consumer/');
    return consumer < 0 ? { kind: 'kinesis' } : { kind: 'kinesis', streamArn: arn.slice(0, consumer) };
  }
  return { kind: undefined };
}

function eventSourceOf(template: CloudFormationTemplate, mappingLogicalId: string): FunctionEventSource {
  const properties = propertiesOf(template, mappingLogicalId);
  const path = `Resources.${mappingLogicalId}.Properties`;
  const arn = String(resolveIntrinsics(template, properties.EventSourceArn, `${path}.EventSourceArn`));
  const sourceId = referencedLogicalId(properties.EventSourceArn);
  const source: FunctionEventSource = {
    mappingLogicalId,
    arn,
    ...sourceKindOf(arn),
    key: keyOf(template, sourceId, `the source ${arn}`),
  };
  const destination = propertyAt(properties, ['DestinationConfig', 'OnFailure', 'Destination']);
  if (destination !== undefined) {
    const destinationArn = String(resolveIntrinsics(template, destination, `${path}.DestinationConfig`));
    source.onFailure = {
      arn: destinationArn,
      key: keyOf(template, referencedLogicalId(destination), `the on-failure destination ${destinationArn}`),
    };
  }
  return source;
}

/** The function a mapping invokes: its FunctionName is a Ref/GetAtt of it, or its name or ARN. */
function mappedFunctionId(template: CloudFormationTemplate, mappingLogicalId: string, functionIds: string[]): string {
  const target = propertiesOf(template, mappingLogicalId).FunctionName;
  const referenced = referencedLogicalId(target);
  if (referenced !== undefined) return referenced;
  const name = String(resolveIntrinsics(template, target));
  return (
    functionIds.find((id) => name === fakeRefOf(template, id) || name.endsWith(`:${fakeRefOf(template, id)}`)) ?? name
  );
}

function readRole(
  template: CloudFormationTemplate,
  functionLogicalId: string,
): Pick<DeployedFunction, 'roleLogicalId' | 'role' | 'roleProblem'> {
  try {
    const roleLogicalId = functionRoleLogicalId(template, functionLogicalId);
    return { roleLogicalId, role: synthesizedRole(template, roleLogicalId) };
  } catch (error) {
    if (!(error instanceof TestingError)) throw error;
    return { roleLogicalId: undefined, role: undefined, roleProblem: error.message };
  }
}

function deployedFunction(template: CloudFormationTemplate, logicalId: string, mappings: string[]): DeployedFunction {
  const properties = propertiesOf(template, logicalId);
  const functionName = fakeRefOf(template, logicalId);
  const logGroup = propertyAt(properties, ['LoggingConfig', 'LogGroup']);
  const logGroupName =
    logGroup === undefined ? `/aws/lambda/${functionName}` : String(resolveIntrinsics(template, logGroup));
  const subnets = propertyAt(properties, ['VpcConfig', 'SubnetIds']);
  return {
    logicalId,
    functionName,
    logGroupArn: `arn:${partition}:logs:${region}:${accountId}:log-group:${logGroupName}`,
    tracing: propertyAt(properties, ['TracingConfig', 'Mode']) === 'Active',
    vpc: Array.isArray(subnets) ? subnets.length > 0 : subnets !== undefined,
    ...readRole(template, logicalId),
    sources: mappings.map((mapping) => eventSourceOf(template, mapping)),
  };
}

/** Every function of the template that an event source mapping invokes, with what it reads and the role it runs as. */
export function deployedFunctions(template: CloudFormationTemplate): DeployedFunction[] {
  const resources = Object.entries(template.Resources ?? {});
  const functionIds = resources.filter(([, r]) => r.Type === 'AWS::Lambda::Function').map(([id]) => id);
  const mappingsByFunction = new Map<string, string[]>();
  for (const [mappingId] of resources.filter(([, r]) => r.Type === 'AWS::Lambda::EventSourceMapping')) {
    const functionId = mappedFunctionId(template, mappingId, functionIds);
    mappingsByFunction.set(functionId, [...(mappingsByFunction.get(functionId) ?? []), mappingId]);
  }
  return functionIds
    .filter((id) => mappingsByFunction.has(id))
    .map((id) => deployedFunction(template, id, mappingsByFunction.get(id) ?? []));
}
