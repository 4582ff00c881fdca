import { describe, expect, it } from 'vitest';
import {
  composeRole,
  InvalidRoleEntryError,
  isAllowed,
  logGroupArn,
  MissingResourceArnError,
  type RoleEntry,
  roleSpecFor,
} from '../src/index.js';
import {
  arnsFor,
  awsContext,
  cdkToken,
  composedRoleFor,
  functionName,
  keyArn,
  queueArn,
  streamArn,
} from './factories.js';

describe('composeRole', () => {
  it('gives byte-identical JSON for the same entries in any order', () => {
    // Prepare
    const options = {
      tracing: true,
      vpc: true,
      consumer: true,
      sourceKey: true,
      onFailure: 'sqs',
      onFailureKey: true,
    } as const;
    const spec = roleSpecFor('kinesis', options);
    const params = { arns: arnsFor('kinesis'), context: awsContext() };

    // Act
    const forward = JSON.stringify(composeRole(spec, params));
    const backward = JSON.stringify(composeRole([...spec].reverse(), params));
    const shuffled = JSON.stringify(composeRole([...spec.slice(3), ...spec.slice(0, 3)], params));

    // Assess
    expect(backward).toBe(forward);
    expect(shuffled).toBe(forward);
  });

  it('applies a template twice on the same resource as once', () => {
    // Prepare
    const entry: RoleEntry = { template: 'sqs-send', on: 'on-failure' };
    const params = { arns: { 'on-failure': queueArn('dlq') }, context: awsContext() };

    // Act
    const twice = composeRole([entry, entry], params);
    const once = composeRole([entry], params);

    // Assess
    expect(twice).toEqual(once);
    expect(twice.templates).toEqual(['sqs-send']);
  });

  it('merges the grants on the same resource into one statement', () => {
    // Act
    const role = composeRole(
      [
        { template: 'sqs-poll', on: 'source' },
        { template: 'sqs-send', on: 'sink:same-queue' },
      ],
      { arns: { source: queueArn(), 'sink:same-queue': queueArn() }, context: awsContext() },
    );

    // Assess
    expect(role.policyDocument.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: ['sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ReceiveMessage', 'sqs:SendMessage'],
        Resource: [queueArn()],
      },
    ]);
  });

  it('lets the function write only to its own log group', () => {
    // Prepare
    const documents = [composedRoleFor('sqs').policyDocument];
    const ownLogGroup = logGroupArn(awsContext(), functionName);

    // Act + Assess
    expect(isAllowed(documents, 'logs:CreateLogGroup', ownLogGroup)).toBe(true);
    expect(isAllowed(documents, 'logs:PutLogEvents', `${ownLogGroup}:log-stream:abc`)).toBe(true);
    expect(isAllowed(documents, 'logs:PutLogEvents', `${logGroupArn(awsContext(), 'payments')}:log-stream:abc`)).toBe(
      false,
    );
  });

  it('names the template and the resource whose ARN is missing', () => {
    // Act
    const act = () =>
      composeRole(roleSpecFor('sqs'), { arns: { 'log-group': 'arn:aws:logs:x' }, context: awsContext() });

    // Assess
    expect(act).toThrow(MissingResourceArnError);
    expect(act).toThrow(/"sqs-poll" applies to "source", but no ARN was given for "source"/);
  });

  it('refuses a resource template without a resource, and an account-wide one with one', () => {
    const params = { arns: {}, context: awsContext() };
    expect(() => composeRole([{ template: 'sqs-poll' }], params)).toThrow(InvalidRoleEntryError);
    expect(() => composeRole([{ template: 'xray-write', on: 'source' }], params)).toThrow(InvalidRoleEntryError);
  });

  it('refuses an unknown template id', () => {
    const entry = { template: 'sqs-admin', on: 'source' } as unknown as RoleEntry;
    expect(() => composeRole([entry], { arns: {}, context: awsContext() })).toThrow(
      /Unknown role template "sqs-admin"/,
    );
  });

  it('keeps CDK token strings whole, only appending to them', () => {
    // Prepare
    const bucketToken = cdkToken('TOKEN.123');
    const partitionToken = cdkToken('AWS.Partition.8');
    const regionToken = cdkToken('AWS.Region.4');
    const accountToken = cdkToken('AWS.AccountId.0');

    // Act
    const role = composeRole([{ template: 's3-put', on: 'on-failure' }, { template: 'vpc-access' }], {
      arns: { 'on-failure': bucketToken },
      context: { partition: partitionToken, region: regionToken, account: accountToken },
    });

    // Assess
    const resources = role.policyDocument.Statement.flatMap((statement) => statement.Resource ?? []);
    expect(resources).toContain(bucketToken);
    expect(resources).toContain(`${bucketToken}/*`);
    expect(resources).toContain(`arn:${partitionToken}:ec2:${regionToken}:${accountToken}:subnet/*`);
  });

  it('scopes the VPC network interface actions to the function account and region', () => {
    // Prepare
    const documents = [composedRoleFor('sqs', { vpc: true }).policyDocument];
    const eni = (account: string) => `arn:aws:ec2:eu-west-1:${account}:network-interface/eni-0123456789abcdef0`;

    // Act + Assess
    expect(isAllowed(documents, 'ec2:DeleteNetworkInterface', eni('123456789012'))).toBe(true);
    expect(isAllowed(documents, 'ec2:DeleteNetworkInterface', eni('210987654321'))).toBe(false);
    expect(isAllowed(documents, 'ec2:DescribeNetworkInterfaces', '*')).toBe(true);
  });

  it('grants the destination key both encrypt and decrypt, and the source key decrypt only', () => {
    // Prepare
    const documents = [
      composedRoleFor('kinesis', { sourceKey: true, onFailure: 'sqs', onFailureKey: true }).policyDocument,
    ];

    // Act + Assess
    expect(isAllowed(documents, 'kms:GenerateDataKey', keyArn('destination-key'))).toBe(true);
    expect(isAllowed(documents, 'kms:Decrypt', keyArn('destination-key'))).toBe(true);
    expect(isAllowed(documents, 'kms:Decrypt', keyArn('source-key'))).toBe(true);
    expect(isAllowed(documents, 'kms:GenerateDataKey', keyArn('source-key'))).toBe(false);
  });

  it('lets an S3 destination put objects into the bucket and list it, nothing else', () => {
    // Prepare
    const documents = [composedRoleFor('kinesis', { onFailure: 's3' }).policyDocument];

    // Act + Assess
    expect(isAllowed(documents, 's3:PutObject', 'arn:aws:s3:::orders-failures/2026/01/01/batch.json')).toBe(true);
    expect(isAllowed(documents, 's3:ListBucket', 'arn:aws:s3:::orders-failures')).toBe(true);
    expect(isAllowed(documents, 's3:GetObject', 'arn:aws:s3:::orders-failures/2026/01/01/batch.json')).toBe(false);
    expect(isAllowed(documents, 's3:PutObject', 'arn:aws:s3:::orders-failures-copy/x')).toBe(false);
  });

  it('lets an enhanced fan-out consumer subscribe through its own consumer only', () => {
    // Prepare
    const documents = [composedRoleFor('kinesis', { consumer: true }).policyDocument];
    const consumer = `${streamArn()}/consumer/orders-consumer:1767225600`;

    // Act + Assess
    expect(isAllowed(documents, 'kinesis:SubscribeToShard', consumer)).toBe(true);
    expect(isAllowed(documents, 'kinesis:DescribeStreamConsumer', consumer)).toBe(true);
    expect(isAllowed(documents, 'kinesis:SubscribeToShard', `${streamArn()}/consumer/other:1`)).toBe(false);
  });

  it('lists the templates it applied', () => {
    expect(composedRoleFor('sqs', { tracing: true }).templates).toEqual(['basic-execution', 'sqs-poll', 'xray-write']);
  });
});
