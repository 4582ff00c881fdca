import type { PolicyDocument } from '@lambda-blueprints/role-templates';
import { FAKE_AWS_ENVIRONMENT } from '@lambda-blueprints/testing';

const sortedList = (value: string | string[] | undefined): string[] =>
  (value === undefined ? [] : Array.isArray(value) ? [...value] : [value]).sort();

/** Statements as comparable text, whatever their order and the string-or-list form CloudFormation uses. */
export function statementSet(documents: readonly PolicyDocument[]): string[] {
  return documents
    .flatMap((document) => document.Statement)
    .map((statement) =>
      JSON.stringify([statement.Effect, sortedList(statement.Action), sortedList(statement.Resource)]),
    )
    .sort();
}

/** The fake environment the synthesized templates are resolved in, as role-templates' AwsContext. */
export const fakeAwsContext = {
  partition: FAKE_AWS_ENVIRONMENT.partition,
  region: FAKE_AWS_ENVIRONMENT.region,
  account: FAKE_AWS_ENVIRONMENT.accountId,
};

/** An ARN in the fake account and region that the stack does not own. */
export function foreignArn(service: string, resource: string): string {
  const { partition, region, account } = fakeAwsContext;
  return `arn:${partition}:${service}:${region}:${account}:${resource}`;
}
