import { createHash } from 'node:crypto';
import { FAKE_AWS_ENVIRONMENT } from './fake-environment.js';

/** What `Ref` and `Fn::GetAtt` return for one resource once it is "deployed" in the fake environment. */
export interface FakePhysicalResource {
  ref: string;
  attributes: Readonly<Record<string, string>>;
}

/** A resource as the fake id builders see it: its logical id and its string properties, already resolved. */
export interface NamedResource {
  logicalId: string;
  /** The resolved value of a string property, or undefined when the template does not set it. */
  property(name: string): string | undefined;
}

const { partition, region, accountId, urlSuffix } = FAKE_AWS_ENVIRONMENT;

/** A regional ARN of `service` in the fake account. */
const regionalArn = (service: string, resource: string): string =>
  `arn:${partition}:${service}:${region}:${accountId}:${resource}`;

/** CloudFormation generates a name when the template sets none; the logical id keeps it deterministic. */
const nameOf = (resource: NamedResource, nameProperty: string): string =>
  resource.property(nameProperty) ?? resource.logicalId;

/** A UUID-shaped id derived from the logical id (KMS key ids and the like). */
const uuidOf = (logicalId: string): string => {
  const hex = createHash('sha256').update(logicalId).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

// A fixed creation time keeps stream and consumer ARNs deterministic.
const CREATION_LABEL = '2024-01-01T00:00:00.000';
const CREATION_EPOCH_SECONDS = '1704067200';

const builders: Readonly<Record<string, (resource: NamedResource) => FakePhysicalResource>> = {
  'AWS::SQS::Queue': (resource) => {
    const explicit = resource.property('QueueName');
    const fifo = resource.property('FifoQueue') === 'true';
    const name = explicit ?? (fifo ? `${resource.logicalId}.fifo` : resource.logicalId);
    const url = `https://sqs.${region}.${urlSuffix}/${accountId}/${name}`;
    return { ref: url, attributes: { Arn: regionalArn('sqs', name), QueueName: name, QueueUrl: url } };
  },
  'AWS::Kinesis::Stream': (resource) => {
    const name = nameOf(resource, 'Name');
    return { ref: name, attributes: { Arn: regionalArn('kinesis', `stream/${name}`) } };
  },
  'AWS::Kinesis::StreamConsumer': (resource) => {
    const name = nameOf(resource, 'ConsumerName');
    const streamArn = resource.property('StreamARN') ?? regionalArn('kinesis', `stream/${resource.logicalId}`);
    const consumerArn = `${streamArn}/consumer/${name}:${CREATION_EPOCH_SECONDS}`;
    return {
      ref: consumerArn,
      attributes: { ConsumerARN: consumerArn, ConsumerName: name, StreamARN: streamArn, ConsumerStatus: 'ACTIVE' },
    };
  },
  'AWS::DynamoDB::Table': (resource) => {
    const name = nameOf(resource, 'TableName');
    const arn = regionalArn('dynamodb', `table/${name}`);
    return { ref: name, attributes: { Arn: arn, StreamArn: `${arn}/stream/${CREATION_LABEL}` } };
  },
  'AWS::SNS::Topic': (resource) => {
    const name = nameOf(resource, 'TopicName');
    const arn = regionalArn('sns', name);
    return { ref: arn, attributes: { TopicArn: arn, TopicName: name } };
  },
  'AWS::S3::Bucket': (resource) => {
    const name = resource.property('BucketName') ?? resource.logicalId.toLowerCase();
    return {
      ref: name,
      attributes: {
        Arn: `arn:${partition}:s3:::${name}`,
        DomainName: `${name}.s3.${urlSuffix}`,
        RegionalDomainName: `${name}.s3.${region}.${urlSuffix}`,
      },
    };
  },
  'AWS::KMS::Key': (resource) => {
    const keyId = uuidOf(resource.logicalId);
    return { ref: keyId, attributes: { Arn: regionalArn('kms', `key/${keyId}`), KeyId: keyId } };
  },
  'AWS::Logs::LogGroup': (resource) => {
    const name = nameOf(resource, 'LogGroupName');
    // CloudFormation's LogGroup Arn attribute ends in `:*` (it covers the group's streams).
    return { ref: name, attributes: { Arn: regionalArn('logs', `log-group:${name}:*`) } };
  },
  'AWS::Lambda::Function': (resource) => {
    const name = nameOf(resource, 'FunctionName');
    return { ref: name, attributes: { Arn: regionalArn('lambda', `function:${name}`) } };
  },
  'AWS::IAM::Role': (resource) => {
    const name = nameOf(resource, 'RoleName');
    const path = resource.property('Path') ?? '/';
    const roleId = `AROA${uuidOf(resource.logicalId).replaceAll('-', '').slice(0, 17).toUpperCase()}`;
    return { ref: name, attributes: { Arn: `arn:${partition}:iam::${accountId}:role${path}${name}`, RoleId: roleId } };
  },
  'AWS::IAM::ManagedPolicy': (resource) => {
    const name = nameOf(resource, 'ManagedPolicyName');
    const path = resource.property('Path') ?? '/';
    const arn = `arn:${partition}:iam::${accountId}:policy${path}${name}`;
    return { ref: arn, attributes: { PolicyArn: arn } };
  },
};

/** The fake physical id and attributes of a resource of `type`; unknown types get their logical id as Ref only. */
export function fakePhysicalResource(type: string, resource: NamedResource): FakePhysicalResource {
  const build = builders[type];
  return build ? build(resource) : { ref: resource.logicalId, attributes: {} };
}
