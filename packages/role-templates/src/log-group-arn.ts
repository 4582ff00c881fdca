import type { AwsContext } from './types.js';

/** The ARN of the log group Lambda writes a function's logs to (`/aws/lambda/<function name>`). */
export function logGroupArn(context: AwsContext, functionName: string): string {
  return `arn:${context.partition}:logs:${context.region}:${context.account}:log-group:/aws/lambda/${functionName}`;
}
