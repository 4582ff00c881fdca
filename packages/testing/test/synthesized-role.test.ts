import { isAllowed } from '@lambda-blueprints/role-templates';
import { describe, expect, it } from 'vitest';
import {
  FunctionRoleNotFoundError,
  fakeArnOf,
  functionRoleLogicalId,
  InvalidPolicyDocumentError,
  LogicalIdNotFoundError,
  synthesizedFunctionRole,
  synthesizedRole,
} from '../src/index.js';
import {
  functionWithRole,
  policyDocument,
  resource,
  statement,
  templateOf,
} from './support/cloudformation-template.js';

const BASIC_EXECUTION = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';

describe('synthesizedRole', () => {
  it('resolves the managed policy ARNs of the role', () => {
    // Prepare
    const template = templateOf(functionWithRole());

    // Act
    const role = synthesizedRole(template, 'HandlerServiceRole');

    // Assess
    expect(role).toEqual({ managedPolicyArns: [BASIC_EXECUTION], policyDocuments: [] });
  });

  it('reads the AWS::IAM::Policy attached to the role with the queue ARN resolved', () => {
    // Prepare
    const template = templateOf({
      ...functionWithRole(),
      Queue: resource('AWS::SQS::Queue'),
      HandlerServiceRoleDefaultPolicy: resource('AWS::IAM::Policy', {
        PolicyDocument: policyDocument(
          statement(['sqs:ReceiveMessage', 'sqs:DeleteMessage'], { 'Fn::GetAtt': ['Queue', 'Arn'] }),
        ),
        PolicyName: 'HandlerServiceRoleDefaultPolicy',
        Roles: [{ Ref: 'HandlerServiceRole' }],
      }),
    });

    // Act
    const role = synthesizedRole(template, 'HandlerServiceRole');

    // Assess
    expect(role.policyDocuments).toEqual([
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage'],
            Resource: fakeArnOf(template, 'Queue'),
          },
        ],
      },
    ]);
  });

  it('gives documents the role-templates evaluator reads, scoped to the fake queue ARN', () => {
    // Prepare
    const template = templateOf({
      ...functionWithRole(),
      Queue: resource('AWS::SQS::Queue'),
      Other: resource('AWS::SQS::Queue'),
      Policy: resource('AWS::IAM::Policy', {
        PolicyDocument: policyDocument(statement('sqs:ReceiveMessage', { 'Fn::GetAtt': ['Queue', 'Arn'] })),
        Roles: [{ Ref: 'HandlerServiceRole' }],
      }),
    });

    // Act
    const { policyDocuments } = synthesizedFunctionRole(template);

    // Assess
    expect(isAllowed(policyDocuments, 'sqs:ReceiveMessage', fakeArnOf(template, 'Queue'))).toBe(true);
    expect(isAllowed(policyDocuments, 'sqs:ReceiveMessage', fakeArnOf(template, 'Other'))).toBe(false);
  });

  it('ignores policies attached to other roles', () => {
    // Prepare
    const template = templateOf({
      ...functionWithRole(),
      ...functionWithRole('Other', 'OtherRole'),
      OtherPolicy: resource('AWS::IAM::Policy', {
        PolicyDocument: policyDocument(statement('sns:Publish', '*')),
        Roles: [{ Ref: 'OtherRole' }],
      }),
    });

    // Act
    const role = synthesizedRole(template, 'HandlerServiceRole');

    // Assess
    expect(role.policyDocuments).toEqual([]);
  });

  it('includes the inline policies of the role and keeps their conditions', () => {
    // Prepare
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation Fn::Sub string
    const condition = { StringEquals: { 'kms:ViaService': { 'Fn::Sub': 'sqs.${AWS::Region}.amazonaws.com' } } };
    const template = templateOf({
      Role: resource('AWS::IAM::Role', {
        Policies: [
          {
            PolicyName: 'decrypt',
            PolicyDocument: policyDocument({ ...statement('kms:Decrypt', '*'), Condition: condition }),
          },
        ],
      }),
    });

    // Act
    const role = synthesizedRole(template, 'Role');

    // Assess
    expect(role.policyDocuments[0]?.Statement[0]).toEqual({
      Effect: 'Allow',
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: { StringEquals: { 'kms:ViaService': 'sqs.us-east-1.amazonaws.com' } },
    });
  });

  it('reads a customer managed policy of the template as a document, not as an ARN', () => {
    // Prepare
    const template = templateOf({
      Role: resource('AWS::IAM::Role', { ManagedPolicyArns: [{ Ref: 'Shared' }, BASIC_EXECUTION] }),
      Shared: resource('AWS::IAM::ManagedPolicy', { PolicyDocument: policyDocument(statement('s3:PutObject', '*')) }),
      ByRoles: resource('AWS::IAM::ManagedPolicy', {
        PolicyDocument: policyDocument(statement('sns:Publish', '*')),
        Roles: [{ Ref: 'Role' }],
      }),
    });

    // Act
    const role = synthesizedRole(template, 'Role');

    // Assess
    expect(role.managedPolicyArns).toEqual([BASIC_EXECUTION]);
    expect(role.policyDocuments.flatMap((document) => document.Statement.map((s) => s.Action))).toEqual([
      's3:PutObject',
      'sns:Publish',
    ]);
  });

  it('refuses a logical id that is not a role', () => {
    // Prepare
    const template = templateOf({ Queue: resource('AWS::SQS::Queue') });

    // Act
    const act = () => synthesizedRole(template, 'Queue');

    // Assess
    expect(act).toThrow(LogicalIdNotFoundError);
  });

  it('refuses a policy statement with a Principal', () => {
    // Prepare
    const template = templateOf({
      Role: resource('AWS::IAM::Role'),
      Bad: resource('AWS::IAM::Policy', {
        PolicyDocument: policyDocument({ ...statement('sqs:*', '*'), Principal: '*' }),
        Roles: [{ Ref: 'Role' }],
      }),
    });

    // Act
    const act = () => synthesizedRole(template, 'Role');

    // Assess
    expect(act).toThrow(InvalidPolicyDocumentError);
    expect(act).toThrow(/AWS::IAM::Policy Bad.*Principal/);
  });
});

describe('functionRoleLogicalId', () => {
  it('finds the role of the only function of the template', () => {
    // Prepare
    const template = templateOf(functionWithRole('Fn', 'FnRole'));

    // Act
    const roleId = functionRoleLogicalId(template);

    // Assess
    expect(roleId).toBe('FnRole');
  });

  it('finds the role of the named function among several', () => {
    // Prepare
    const template = templateOf({ ...functionWithRole('A', 'ARole'), ...functionWithRole('B', 'BRole') });

    // Act
    const roleId = functionRoleLogicalId(template, 'B');

    // Assess
    expect(roleId).toBe('BRole');
  });

  it('asks for a function logical id when the template has several functions', () => {
    // Prepare
    const template = templateOf({ ...functionWithRole('A', 'ARole'), ...functionWithRole('B', 'BRole') });

    // Act
    const act = () => functionRoleLogicalId(template);

    // Assess
    expect(act).toThrow(FunctionRoleNotFoundError);
    expect(act).toThrow(/2 AWS::Lambda::Function resources \(A, B\)/);
  });

  it('refuses a function whose role is imported', () => {
    // Prepare
    const template = templateOf({
      Fn: resource('AWS::Lambda::Function', { Role: 'arn:aws:iam::123456789012:role/existing' }),
    });

    // Act
    const act = () => functionRoleLogicalId(template);

    // Assess
    expect(act).toThrow(/imported role cannot be read/);
  });
});

describe('synthesizedFunctionRole', () => {
  it('reads the role of the function', () => {
    // Prepare
    const template = templateOf(functionWithRole());

    // Act
    const role = synthesizedFunctionRole(template, 'Handler');

    // Assess
    expect(role.managedPolicyArns).toEqual([BASIC_EXECUTION]);
  });
});
