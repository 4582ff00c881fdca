import { logGroupArn, managedPolicyArn, type RoleSpec } from '@lambda-blueprints/role-templates';
import { describe, expect, it } from 'vitest';
import { catalogRoleComparison, FAKE_AWS_CONTEXT, fakeArnOf, foreignArn } from '../src/index.js';
import { policyDocument, resource, statement, templateOf } from './support/cloudformation-template.js';

const queueArn = foreignArn('sqs', 'orders');
const logGroup = logGroupArn(FAKE_AWS_CONTEXT, 'orders');
const tableArn = { 'Fn::GetAtt': ['SinkTable', 'Arn'] };
const role: RoleSpec = [
  { template: 'basic-execution', on: 'log-group' },
  { template: 'sqs-poll', on: 'source' },
];
const pollStatement = statement(['sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ReceiveMessage'], queueArn);
const logStatement = statement(
  ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
  [logGroup, `${logGroup}:*`],
);

/** A function whose role holds `statements` inline and attaches `managedPolicyArns`, next to a sink table. */
const templateWithRole = (statements: unknown[], managedPolicyArns: string[] = []) =>
  templateOf({
    Role: resource('AWS::IAM::Role', {
      ManagedPolicyArns: managedPolicyArns,
      Policies:
        statements.length > 0 ? [{ PolicyName: 'RoleTemplates', PolicyDocument: policyDocument(...statements) }] : [],
    }),
    Function: resource('AWS::Lambda::Function', { Role: { 'Fn::GetAtt': ['Role', 'Arn'] } }),
    SinkTable: resource('AWS::DynamoDB::Table'),
  });

describe('catalogRoleComparison', () => {
  it('finds the role equal to the catalog when it holds exactly the composed statements', () => {
    // Prepare
    const template = templateWithRole([pollStatement, logStatement]);

    // Act
    const { synthesized, catalog } = catalogRoleComparison(template, {
      role,
      arns: { 'log-group': logGroup, source: queueArn },
    });

    // Assess
    expect(synthesized).toEqual(catalog);
    expect(catalog.statements).toHaveLength(2);
  });

  it('shows a statement the catalog does not compose', () => {
    // Prepare
    const extra = statement('sqs:SendMessage', queueArn);
    const template = templateWithRole([pollStatement, logStatement, extra]);

    // Act
    const { synthesized, catalog } = catalogRoleComparison(template, {
      role,
      arns: { 'log-group': logGroup, source: queueArn },
    });

    // Assess
    expect(synthesized.statements.filter((text) => !catalog.statements.includes(text))).toEqual([
      JSON.stringify(['Allow', ['sqs:SendMessage'], [queueArn]]),
    ]);
  });

  it('takes the ARN of a sink target the stack creates from the role, and still checks its statements', () => {
    // Prepare
    const withSink: RoleSpec = [...role, { template: 'dynamodb-write', on: 'sink:table' }];
    const exact = templateWithRole([pollStatement, logStatement, statement('dynamodb:PutItem', tableArn)]);
    const wider = templateWithRole([
      pollStatement,
      logStatement,
      statement(['dynamodb:DeleteItem', 'dynamodb:PutItem'], tableArn),
    ]);
    const arns = { 'log-group': logGroup, source: queueArn };

    // Act
    const [exactly, widely] = [exact, wider].map((template) =>
      catalogRoleComparison(template, { role: withSink, arns }),
    );

    // Assess
    expect(exactly?.synthesized).toEqual(exactly?.catalog);
    expect(exactly?.catalog.statements).toContain(
      JSON.stringify(['Allow', ['dynamodb:PutItem'], [fakeArnOf(exact, 'SinkTable')]]),
    );
    expect(widely?.synthesized).not.toEqual(widely?.catalog);
  });

  it('compares the AWS managed policies in managed mode', () => {
    // Prepare
    const attached = [
      managedPolicyArn('AWSLambdaSQSQueueExecutionRole', 'aws'),
      managedPolicyArn('AWSLambdaBasicExecutionRole', 'aws'),
    ];
    const template = templateWithRole([], attached);

    // Act
    const { synthesized, catalog } = catalogRoleComparison(template, {
      role,
      arns: { 'log-group': logGroup, source: queueArn },
      mode: 'managed',
    });

    // Assess
    expect(synthesized).toEqual(catalog);
    expect(catalog.managedPolicyArns).toEqual([...attached].sort());
  });
});
