/** One resource of a synthesized CloudFormation template. */
export interface CloudFormationResource {
  Type: string;
  Properties?: Record<string, unknown>;
  [key: string]: unknown;
}

/** One parameter of a synthesized CloudFormation template. */
export interface CloudFormationParameter {
  Type: string;
  Default?: unknown;
  [key: string]: unknown;
}

/** What aws-cdk-lib's `Template.fromStack(stack).toJSON()` returns, as far as the readers here need it. */
export interface CloudFormationTemplate {
  Resources?: Record<string, CloudFormationResource>;
  Parameters?: Record<string, CloudFormationParameter>;
  [key: string]: unknown;
}

/** The logical ids of the template's resources of one type, in template order. */
export function logicalIdsOfType(template: CloudFormationTemplate, type: string): string[] {
  return Object.entries(template.Resources ?? {})
    .filter(([, resource]) => resource.Type === type)
    .map(([logicalId]) => logicalId);
}
