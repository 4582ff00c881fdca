/** The account, region and partition every fake ARN is built in: fixed, so expected values can be written down. */
export const FAKE_AWS_ENVIRONMENT = {
  partition: 'aws',
  region: 'us-east-1',
  accountId: '123456789012',
  urlSuffix: 'amazonaws.com',
  stackName: 'TestStack',
} as const;

/** The values of the CloudFormation pseudo parameters in the fake environment, by name. */
export const FAKE_PSEUDO_PARAMETERS: Readonly<Record<string, string>> = {
  'AWS::Partition': FAKE_AWS_ENVIRONMENT.partition,
  'AWS::Region': FAKE_AWS_ENVIRONMENT.region,
  'AWS::AccountId': FAKE_AWS_ENVIRONMENT.accountId,
  'AWS::URLSuffix': FAKE_AWS_ENVIRONMENT.urlSuffix,
  'AWS::StackName': FAKE_AWS_ENVIRONMENT.stackName,
  'AWS::StackId': `arn:${FAKE_AWS_ENVIRONMENT.partition}:cloudformation:${FAKE_AWS_ENVIRONMENT.region}:${FAKE_AWS_ENVIRONMENT.accountId}:stack/${FAKE_AWS_ENVIRONMENT.stackName}/00000000-0000-4000-8000-000000000000`,
};
