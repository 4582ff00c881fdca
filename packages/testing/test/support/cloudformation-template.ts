import type { CloudFormationResource, CloudFormationTemplate } from '../../src/index.js';

/** A template made of `resources`, shaped like `Template.fromStack(stack).toJSON()`. */
export const templateOf = (
  resources: Record<string, CloudFormationResource>,
  parameters: CloudFormationTemplate['Parameters'] = {},
): CloudFormationTemplate => ({ Parameters: parameters, Resources: resources });

export const resource = (Type: string, Properties: Record<string, unknown> = {}): CloudFormationResource => ({
  Type,
  Properties,
});

export const statement = (Action: string | string[], Resource: unknown, Effect: 'Allow' | 'Deny' = 'Allow') => ({
  Action,
  Effect,
  Resource,
});

export const policyDocument = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });

/** A function with its role, as CDK synthesizes `new Function(...)`: the role is referenced with Fn::GetAtt. */
export const functionWithRole = (functionId = 'Handler', roleId = 'HandlerServiceRole') => ({
  [roleId]: resource('AWS::IAM::Role', {
    AssumeRolePolicyDocument: policyDocument({
      Action: 'sts:AssumeRole',
      Effect: 'Allow',
      Principal: { Service: 'lambda.amazonaws.com' },
    }),
    ManagedPolicyArns: [
      {
        'Fn::Join': [
          '',
          ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
        ],
      },
    ],
  }),
  [functionId]: resource('AWS::Lambda::Function', { Role: { 'Fn::GetAtt': [roleId, 'Arn'] } }),
});
