import type { AwsContext } from '@lambda-blueprints/role-templates';
import { FAKE_AWS_ENVIRONMENT } from './fake-environment.js';

/** The fake environment synthesized templates are resolved in, as role-templates' AwsContext. */
export const FAKE_AWS_CONTEXT: AwsContext = {
  partition: FAKE_AWS_ENVIRONMENT.partition,
  region: FAKE_AWS_ENVIRONMENT.region,
  account: FAKE_AWS_ENVIRONMENT.accountId,
};

/** An ARN in the fake account and region of a resource no stack under test owns (`foreignArn('sqs', 'other')`). */
export function foreignArn(service: string, resource: string): string {
  const { partition, region, account } = FAKE_AWS_CONTEXT;
  return `arn:${partition}:${service}:${region}:${account}:${resource}`;
}
