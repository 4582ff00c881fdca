import {
  type AwsContext,
  type ComposedRole,
  composeRole,
  type EventSourceKind,
  logGroupArn,
  type ResourceRef,
  type RoleMode,
  type RoleOptions,
  roleSpecFor,
} from '../src/index.js';

export const functionName = 'orders';

/** A string shaped like a CDK token (`${Token[...]}`), which composeRole must carry through unparsed. */
export const cdkToken = (name: string): string => `\${Token[${name}]}`;

export function awsContext(overrides: Partial<AwsContext> = {}): AwsContext {
  return { partition: 'aws', region: 'eu-west-1', account: '123456789012', ...overrides };
}

const { region, account } = awsContext();

export const queueArn = (name = 'orders-queue'): string => `arn:aws:sqs:${region}:${account}:${name}`;
export const streamArn = (name = 'orders-stream'): string => `arn:aws:kinesis:${region}:${account}:stream/${name}`;
export const tableArn = (name = 'orders-table'): string => `arn:aws:dynamodb:${region}:${account}:table/${name}`;
export const tableStreamArn = (table = 'orders-table', label = '2026-01-01T00:00:00.000'): string =>
  `${tableArn(table)}/stream/${label}`;
export const clusterArn = (name = 'orders-cluster'): string =>
  `arn:aws:kafka:${region}:${account}:cluster/${name}/6f2c9a1e-0b5d-4f7e-9a43-2d1c0e7b8a55-3`;
export const consumerArn = (stream = 'orders-stream', name = 'orders-consumer'): string =>
  `${streamArn(stream)}/consumer/${name}:1767225600`;
export const keyArn = (id = '1234abcd-12ab-34cd-56ef-1234567890ab'): string =>
  `arn:aws:kms:${region}:${account}:key/${id}`;
export const topicArn = (name = 'orders-failures'): string => `arn:aws:sns:${region}:${account}:${name}`;
export const bucketArn = (name = 'orders-failures'): string => `arn:aws:s3:::${name}`;

/** The ARN of the resource each source reads, and of another resource of the same kind the role must not reach. */
export const sourceArns: Readonly<Record<EventSourceKind, { own: string; other: string }>> = {
  sqs: { own: queueArn(), other: queueArn('someone-elses-queue') },
  'sqs-fifo': { own: queueArn('orders.fifo'), other: queueArn('someone-elses.fifo') },
  kinesis: { own: streamArn(), other: streamArn('someone-elses-stream') },
  'dynamodb-streams': { own: tableStreamArn(), other: tableStreamArn('someone-elses-table') },
  msk: { own: clusterArn(), other: clusterArn('someone-elses-cluster') },
};

/** An ARN for every resource ref a role of `source` can name, sinks included. */
export function arnsFor(
  source: EventSourceKind,
  sinks: RoleOptions['sinks'] = [],
): Partial<Record<ResourceRef, string>> {
  const arns: Partial<Record<ResourceRef, string>> = {
    'log-group': logGroupArn(awsContext(), functionName),
    source: sourceArns[source].own,
    'source-key': keyArn('source-key'),
    consumer: consumerArn(),
    'on-failure': queueArn('orders-failures'),
    'on-failure-key': keyArn('destination-key'),
  };
  for (const sink of sinks ?? []) arns[`sink:${sink.id}`] = `arn:aws:${sink.id}`;
  return arns;
}

/** The role roleSpecFor + composeRole give a function reading `source`, with an ARN for every resource. */
export function composedRoleFor(source: EventSourceKind, options: RoleOptions = {}, mode?: RoleMode): ComposedRole {
  const arns = arnsFor(source, options.sinks);
  if (options.onFailure === 'sns') arns['on-failure'] = topicArn();
  if (options.onFailure === 's3') arns['on-failure'] = bucketArn();
  return composeRole(roleSpecFor(source, options), { arns, context: awsContext(), mode });
}
