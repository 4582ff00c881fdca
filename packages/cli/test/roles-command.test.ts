import {
  catalog,
  eventSources,
  InvalidRoleOptionsError,
  isAllowed,
  type PolicyDocument,
  UnknownEventSourceError,
} from '@lambda-blueprints/role-templates';
import { describe, expect, it } from 'vitest';
import { rolesCommand, UsageError } from '../src/index.js';
import { recordingIo } from './recording-io.js';

const queueArn = 'arn:aws:sqs:eu-west-1:123456789012:orders';
const fullyNamed = ['--region', 'eu-west-1', '--account', '123456789012', '--function-name', 'orders'];

function runRoles(...args: string[]) {
  const io = recordingIo();
  rolesCommand(args, io);
  const printed = JSON.parse(io.out()) as { ManagedPolicyArns: string[]; PolicyDocument: PolicyDocument };
  return { printed, stderr: io.err() };
}

describe('blueprints roles', () => {
  it('prints the scoped role as IAM JSON on the ARNs given', () => {
    // Act
    const { printed, stderr } = runRoles('--source', 'sqs', '--with', 'xray', '--queue-arn', queueArn, ...fullyNamed);

    // Assess
    const documents = [printed.PolicyDocument];
    expect(printed.ManagedPolicyArns).toEqual([]);
    expect(isAllowed(documents, 'sqs:ReceiveMessage', queueArn)).toBe(true);
    expect(isAllowed(documents, 'xray:PutTraceSegments', '*')).toBe(true);
    expect(
      isAllowed(
        documents,
        'logs:PutLogEvents',
        'arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/orders:log-stream:x',
      ),
    ).toBe(true);
    expect(stderr).toBe('');
  });

  it('prints placeholders for what was not given and names them on stderr', () => {
    // Act
    const { printed, stderr } = runRoles('--source', 'kinesis');

    // Assess
    const resources = printed.PolicyDocument.Statement.flatMap((statement) => statement.Resource ?? []);
    expect(resources).toContain('<stream-arn>');
    expect(resources).toContain('arn:aws:logs:<region>:<account>:log-group:/aws/lambda/<function-name>');
    expect(stderr).toContain('<stream-arn>, <region>, <account>, <function-name>');
    expect(stderr).toContain('--stream-arn');
  });

  it('attaches the managed policies in managed mode, in the partition given', () => {
    // Act
    const { printed } = runRoles(
      '--source',
      'dynamodb-streams',
      '--with',
      'vpc',
      '--mode',
      'managed',
      '--partition',
      'aws-cn',
    );

    // Assess
    expect(printed.ManagedPolicyArns).toEqual([
      'arn:aws-cn:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      'arn:aws-cn:iam::aws:policy/service-role/AWSLambdaDynamoDBExecutionRole',
      'arn:aws-cn:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole',
    ]);
    expect(printed.PolicyDocument.Statement).toEqual([]);
  });

  it('grants the on-failure destination of a stream', () => {
    // Prepare
    const topic = 'arn:aws:sns:eu-west-1:123456789012:orders-failures';

    // Act
    const { printed } = runRoles(
      '--source',
      'kinesis',
      '--on-failure',
      'sns',
      '--on-failure-arn',
      topic,
      ...fullyNamed,
    );

    // Assess
    expect(isAllowed([printed.PolicyDocument], 'sns:Publish', topic)).toBe(true);
  });

  it('refuses a source ARN flag of another source', () => {
    expect(() => rolesCommand(['--source', 'sqs', '--stream-arn', 'x'], recordingIo())).toThrow(
      '--stream-arn does not fit --source sqs: pass its ARN as --queue-arn.',
    );
  });

  it('lists the valid sources for an unknown one', () => {
    expect(() => rolesCommand(['--source', 'rabbitmq'], recordingIo())).toThrow(UnknownEventSourceError);
  });

  it('lists the valid --with names for an unknown one', () => {
    expect(() => rolesCommand(['--source', 'sqs', '--with', 'xray,tracing'], recordingIo())).toThrow(
      'Unknown --with option "tracing". Use one or more of: xray, vpc, source-key, fan-out, on-failure-key.',
    );
  });

  it('refuses an unknown mode, flag or on-failure kind as usage errors', () => {
    expect(() => rolesCommand(['--source', 'sqs', '--mode', 'admin'], recordingIo())).toThrow(UsageError);
    expect(() => rolesCommand(['--source', 'sqs', '--queue'], recordingIo())).toThrow(UsageError);
    expect(() => rolesCommand(['--source', 'kinesis', '--on-failure', 'email'], recordingIo())).toThrow(UsageError);
  });

  it('refuses an option the source cannot have', () => {
    expect(() => rolesCommand(['--source', 'sqs', '--with', 'fan-out'], recordingIo())).toThrow(
      InvalidRoleOptionsError,
    );
  });

  it('asks for a source when none is given', () => {
    expect(() => rolesCommand([], recordingIo())).toThrow(/Missing --source/);
  });

  it('documents every source, --with name and flag in --help', () => {
    // Prepare
    const io = recordingIo();

    // Act
    rolesCommand(['--help'], io);

    // Assess
    for (const source of eventSources) expect(io.out()).toContain(source);
    for (const name of ['xray', 'vpc', 'source-key', 'fan-out', 'on-failure-key', '--queue-arn', '--mode', '--list']) {
      expect(io.out()).toContain(name);
    }
  });
});

describe('blueprints roles --list', () => {
  it('prints every template with its managed policy and scoped permissions', () => {
    // Prepare
    const io = recordingIo();

    // Act
    rolesCommand(['--list'], io);

    // Assess
    for (const template of catalog) expect(io.out()).toContain(`${template.id}: ${template.purpose}`);
    expect(io.out()).toContain('arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole');
    expect(io.out()).toContain('sqs:DeleteMessage, sqs:GetQueueAttributes, sqs:ReceiveMessage on <SQS queue>');
    expect(io.out()).toContain('kinesis:ListStreams on *');
  });

  it('prints a Markdown table with one row per template', () => {
    // Prepare
    const io = recordingIo();

    // Act
    rolesCommand(['--list', '--markdown'], io);

    // Assess
    const rows = io.out().trimEnd().split('\n');
    expect(rows[0]).toBe('| Template | Purpose | Managed policy | Applies to | Implied by | Scoped permissions |');
    expect(rows).toHaveLength(catalog.length + 2);
    expect(io.out()).toContain('s3:PutObject on &lt;S3 bucket&gt;/*');
  });
});
