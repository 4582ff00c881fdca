import type { Context } from 'aws-lambda';
import { FAKE_AWS_ENVIRONMENT } from './cloudformation/fake-environment.js';
import { DeprecatedContextMethodError } from './errors.js';
import { idSource } from './events/id-source.js';

export interface LambdaContextOptions {
  /** @default 'test-function' */
  functionName?: string;
  /** The function timeout: getRemainingTimeInMillis counts down from it. @default 3000 (Lambda's default) */
  timeoutMs?: number;
  /** @default 128 (Lambda's default) */
  memoryMb?: number;
  /** Makes awsRequestId and the log stream name deterministic. */
  seed?: string | number;
}

/** Lambda's default function timeout. */
export const DEFAULT_TIMEOUT_MS = 3_000;

/** The ARN Lambda gives the function `functionName` in the fake account and region. */
export const functionArnOf = (functionName: string): string => {
  const { partition, region, accountId } = FAKE_AWS_ENVIRONMENT;
  return `arn:${partition}:lambda:${region}:${accountId}:function:${functionName}`;
};

/** The function name contexts get unless told otherwise. */
export const DEFAULT_FUNCTION_NAME = 'test-function';

/** A Context like the one Lambda passes to a handler, whose remaining time starts counting down when it is made. */
export function lambdaContext(options: LambdaContextOptions = {}): Context {
  const { functionName = DEFAULT_FUNCTION_NAME, timeoutMs = DEFAULT_TIMEOUT_MS, memoryMb = 128 } = options;
  const ids = idSource(options.seed);
  const deadline = Date.now() + timeoutMs;
  const day = new Date(ids.now()).toISOString().slice(0, 10).replaceAll('-', '/');
  const deprecated = (method: string) => (): never => {
    throw new DeprecatedContextMethodError(method);
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: functionArnOf(functionName),
    memoryLimitInMB: String(memoryMb),
    awsRequestId: ids.uuid(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `${day}/[$LATEST]${ids.hex(16)}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: deprecated('done'),
    fail: deprecated('fail'),
    succeed: deprecated('succeed'),
  };
}
