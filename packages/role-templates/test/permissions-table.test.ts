import { describe, expect, it } from 'vitest';
import { getTemplate, managedPolicyArn, PLACEHOLDER_AWS_CONTEXT, permissionsTable, roleSpecFor } from '../src/index.js';
import { arnsFor, awsContext, queueArn, tableArn } from './factories.js';

const rowsOf = (table: string): string[][] =>
  table
    .split('\n')
    .slice(2)
    .map((line) =>
      line
        .slice(2, -2)
        .split(' | ')
        .map((cell) => cell.trim()),
    );

describe('permissionsTable', () => {
  it('shows each composed statement with its actions, resources and the template it comes from', () => {
    // Prepare
    const spec = roleSpecFor('sqs');
    const arns = arnsFor('sqs');

    // Act
    const rows = rowsOf(permissionsTable(spec, { arns, context: awsContext() }));

    // Assess
    expect(rows).toEqual([
      [
        '`logs:CreateLogGroup`, `logs:CreateLogStream`, `logs:PutLogEvents`',
        `\`${arns['log-group']}\`, \`${arns['log-group']}:*\``,
        `basic-execution: ${getTemplate('basic-execution').purpose}`,
      ],
      [
        '`sqs:DeleteMessage`, `sqs:GetQueueAttributes`, `sqs:ReceiveMessage`',
        `\`${arns.source}\``,
        `sqs-poll: ${getTemplate('sqs-poll').purpose}`,
      ],
    ]);
  });

  it('names a resource without an ARN by its ref, such as a sink target the stack creates', () => {
    // Prepare
    const spec = roleSpecFor('sqs', { sinks: [{ id: 'table', kind: 'dynamodb-write' }] });

    // Act
    const rows = rowsOf(permissionsTable(spec, { arns: { 'log-group': 'group', source: queueArn() } }));

    // Assess
    expect(rows.at(-1)?.slice(0, 2)).toEqual(['`dynamodb:PutItem`', '`<sink:table>`']);
  });

  it('shows the AWS managed policy in managed mode, and scoped statements for templates AWS has none for', () => {
    // Prepare
    const spec = roleSpecFor('sqs', { sinks: [{ id: 'table', kind: 'dynamodb-write' }] });
    const arns = { ...arnsFor('sqs'), 'sink:table': tableArn() };

    // Act
    const rows = rowsOf(permissionsTable(spec, { arns, mode: 'managed' }));

    // Assess
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ['every action of the AWS managed policy', `\`${managedPolicyArn('AWSLambdaBasicExecutionRole', 'aws')}\``],
      ['every action of the AWS managed policy', `\`${managedPolicyArn('AWSLambdaSQSQueueExecutionRole', 'aws')}\``],
      ['`dynamodb:PutItem`', `\`${tableArn()}\``],
    ]);
  });

  it('pads every column to its widest cell, as Biome formats a Markdown table', () => {
    // Act
    const lines = permissionsTable(roleSpecFor('kinesis', { onFailure: 'sqs' }), {
      arns: arnsFor('kinesis'),
    }).split('\n');

    // Assess
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines[1]).toMatch(/^\| -+ \| -+ \| -+ \|$/);
  });

  it('places the account-wide resources in the placeholder account and region by default', () => {
    // Act
    const table = permissionsTable(roleSpecFor('sqs', { vpc: true }), { arns: arnsFor('sqs') });

    // Assess
    expect(table).toContain(
      `arn:aws:ec2:${PLACEHOLDER_AWS_CONTEXT.region}:${PLACEHOLDER_AWS_CONTEXT.account}:network-interface/*`,
    );
  });
});
