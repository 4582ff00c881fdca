import { FAKE_AWS_ENVIRONMENT } from '../cloudformation/fake-environment.js';
import type { FunctionConfig } from './function-config.js';

/** The variables Lambda sets in every function's environment, which code (and SDK clients) read. */
function reservedVariables(config: FunctionConfig): Record<string, string> {
  return {
    AWS_REGION: FAKE_AWS_ENVIRONMENT.region,
    AWS_DEFAULT_REGION: FAKE_AWS_ENVIRONMENT.region,
    AWS_LAMBDA_FUNCTION_NAME: config.functionName,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(config.memoryMb),
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${config.functionName}`,
  };
}

/**
 * Runs `work` with the function's environment applied to process.env (its Environment.Variables and the variables
 * Lambda reserves), and restores process.env as it was afterwards: changed values come back, added names go.
 * process.env is global: runs must not overlap.
 */
export async function withFunctionEnvironment<T>(config: FunctionConfig, work: () => Promise<T>): Promise<T> {
  const applied = { ...config.environment, ...reservedVariables(config) };
  const saved = new Map(Object.keys(applied).map((name) => [name, process.env[name]]));
  Object.assign(process.env, applied);
  try {
    return await work();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
