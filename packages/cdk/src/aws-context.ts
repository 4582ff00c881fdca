import type { AwsContext } from '@lambda-blueprints/role-templates';
import { Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** The partition, region and account of the stack holding `scope`: tokens in an environment-agnostic stack. */
export function awsContextOf(scope: IConstruct): AwsContext {
  const stack = Stack.of(scope);
  return { partition: stack.partition, region: stack.region, account: stack.account };
}
