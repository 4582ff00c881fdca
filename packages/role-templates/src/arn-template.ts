import type { AwsContext } from './types.js';

/**
 * Fills an ARN template of IAM's service reference (`arn:${Partition}:ec2:${Region}:${Account}:subnet/${SubnetId}`)
 * with the function's partition, region and account, and "*" for every other variable. One pass, so a CDK token
 * (which itself looks like `${Token[...]}`) placed in the result is never rewritten.
 */
export function fillArnTemplate(template: string, context: AwsContext): string {
  const known: Readonly<Record<string, string>> = {
    Partition: context.partition,
    Region: context.region,
    Account: context.account,
  };
  return template.replace(/\$\{(\w+)\}/g, (_placeholder, variable: string) => known[variable] ?? '*');
}
