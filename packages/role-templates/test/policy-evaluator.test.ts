import { describe, expect, it } from 'vitest';
import { actionsOf, evaluatePolicies, isAllowed, type PolicyDocument, type PolicyStatement } from '../src/index.js';
import { queueArn } from './factories.js';

const documentOf = (...statements: PolicyStatement[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: statements,
});
const allow = (statement: Omit<PolicyStatement, 'Effect'>): PolicyStatement => ({ Effect: 'Allow', ...statement });
const deny = (statement: Omit<PolicyStatement, 'Effect'>): PolicyStatement => ({ Effect: 'Deny', ...statement });

describe('evaluatePolicies', () => {
  it('denies implicitly what no statement allows', () => {
    expect(evaluatePolicies([documentOf()], 'sqs:SendMessage', queueArn())).toBe('implicit-deny');
  });

  it('allows an action a statement allows on the resource', () => {
    // Prepare
    const documents = [documentOf(allow({ Action: 'sqs:SendMessage', Resource: queueArn() }))];

    // Act + Assess
    expect(evaluatePolicies(documents, 'sqs:SendMessage', queueArn())).toBe('allowed');
    expect(evaluatePolicies(documents, 'sqs:SendMessage', queueArn('other'))).toBe('implicit-deny');
    expect(evaluatePolicies(documents, 'sqs:DeleteMessage', queueArn())).toBe('implicit-deny');
  });

  it('lets an explicit deny win over an allow, across documents', () => {
    // Prepare
    const documents = [
      documentOf(allow({ Action: 'sqs:*', Resource: '*' })),
      documentOf(deny({ Action: 'sqs:DeleteMessage', Resource: queueArn() })),
    ];

    // Act + Assess
    expect(evaluatePolicies(documents, 'sqs:DeleteMessage', queueArn())).toBe('explicit-deny');
    expect(evaluatePolicies(documents, 'sqs:DeleteMessage', queueArn('other'))).toBe('allowed');
  });

  it('matches actions case-insensitively', () => {
    const documents = [documentOf(allow({ Action: ['SQS:receivemessage'], Resource: '*' }))];
    expect(isAllowed(documents, 'sqs:ReceiveMessage', queueArn())).toBe(true);
  });

  it('matches ARNs case-sensitively', () => {
    const documents = [documentOf(allow({ Action: 'sqs:ReceiveMessage', Resource: queueArn('Orders') }))];
    expect(isAllowed(documents, 'sqs:ReceiveMessage', queueArn('orders'))).toBe(false);
  });

  it('reads * in an action as any run of characters', () => {
    // Prepare
    const documents = [documentOf(allow({ Action: 'kinesis:Get*', Resource: '*' }))];

    // Act + Assess
    expect(isAllowed(documents, 'kinesis:GetRecords', 'x')).toBe(true);
    expect(isAllowed(documents, 'kinesis:GetShardIterator', 'x')).toBe(true);
    expect(isAllowed(documents, 'kinesis:PutRecord', 'x')).toBe(false);
  });

  it('reads ? as exactly one character', () => {
    // Prepare
    const documents = [documentOf(allow({ Action: 'sqs:*', Resource: queueArn('queue-?') }))];

    // Act + Assess
    expect(isAllowed(documents, 'sqs:SendMessage', queueArn('queue-1'))).toBe(true);
    expect(isAllowed(documents, 'sqs:SendMessage', queueArn('queue-12'))).toBe(false);
    expect(isAllowed(documents, 'sqs:SendMessage', queueArn('queue-'))).toBe(false);
  });

  it('lets * in the resource part of an ARN span colons, as log streams need', () => {
    // Prepare
    const logGroup = 'arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/orders';
    const documents = [documentOf(allow({ Action: 'logs:PutLogEvents', Resource: `${logGroup}:*` }))];

    // Act + Assess
    expect(isAllowed(documents, 'logs:PutLogEvents', `${logGroup}:log-stream:2026/01/01/[$LATEST]abc`)).toBe(true);
    expect(isAllowed(documents, 'logs:PutLogEvents', `${logGroup}-copy:log-stream:x`)).toBe(false);
  });

  it('keeps a wildcard inside one of the first five ARN parts', () => {
    // Prepare
    const documents = [documentOf(allow({ Action: 'sqs:*', Resource: 'arn:aws:sqs:*:123456789012:orders' }))];

    // Act + Assess
    expect(isAllowed(documents, 'sqs:SendMessage', 'arn:aws:sqs:us-east-1:123456789012:orders')).toBe(true);
    expect(isAllowed(documents, 'sqs:SendMessage', 'arn:aws:sqs:us-east-1:999999999999:123456789012:orders')).toBe(
      false,
    );
  });

  it('allows every action but those a NotAction names', () => {
    // Prepare
    const documents = [documentOf(allow({ NotAction: ['sqs:Delete*', 'sqs:Purge*'], Resource: '*' }))];

    // Act + Assess
    expect(isAllowed(documents, 'sqs:ReceiveMessage', queueArn())).toBe(true);
    expect(isAllowed(documents, 'sqs:DeleteMessage', queueArn())).toBe(false);
    expect(isAllowed(documents, 'sqs:PurgeQueue', queueArn())).toBe(false);
  });

  it('allows on every resource but those a NotResource names', () => {
    // Prepare
    const documents = [documentOf(allow({ Action: 'sqs:SendMessage', NotResource: queueArn('secret-*') }))];

    // Act + Assess
    expect(isAllowed(documents, 'sqs:SendMessage', queueArn('orders'))).toBe(true);
    expect(isAllowed(documents, 'sqs:SendMessage', queueArn('secret-keys'))).toBe(false);
  });

  it('denies through NotAction and NotResource as well', () => {
    // Prepare
    const documents = [
      documentOf(
        allow({ Action: '*', Resource: '*' }),
        deny({ NotAction: 'sqs:ReceiveMessage', NotResource: queueArn('public') }),
      ),
    ];

    // Act + Assess
    expect(evaluatePolicies(documents, 'sqs:SendMessage', queueArn('private'))).toBe('explicit-deny');
    expect(evaluatePolicies(documents, 'sqs:ReceiveMessage', queueArn('private'))).toBe('allowed');
    expect(evaluatePolicies(documents, 'sqs:SendMessage', queueArn('public'))).toBe('allowed');
  });

  it('ignores a statement that names no resource at all', () => {
    const documents = [documentOf(allow({ Action: 'sqs:SendMessage' }))];
    expect(evaluatePolicies(documents, 'sqs:SendMessage', queueArn())).toBe('implicit-deny');
  });

  it('treats regular-expression characters in a pattern literally', () => {
    const documents = [documentOf(allow({ Action: 'sqs:SendMessage', Resource: queueArn('orders.fifo') }))];
    expect(isAllowed(documents, 'sqs:SendMessage', queueArn('ordersXfifo'))).toBe(false);
  });
});

describe('actionsOf', () => {
  it('lists the actions the Allow statements name, once each', () => {
    // Prepare
    const documents = [
      documentOf(allow({ Action: ['sqs:SendMessage', 'sqs:ReceiveMessage'], Resource: '*' })),
      documentOf(
        allow({ Action: 'sqs:SendMessage', Resource: '*' }),
        deny({ Action: 'sqs:DeleteMessage', Resource: '*' }),
      ),
    ];

    // Act
    const actions = actionsOf(documents);

    // Assess
    expect(actions).toEqual(['sqs:ReceiveMessage', 'sqs:SendMessage']);
  });
});
