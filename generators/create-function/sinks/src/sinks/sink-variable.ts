import { MissingSinkVariableError } from './errors.js';

/** The value of a sink's environment variable; throws MissingSinkVariableError naming it when it is not set. */
export function sinkVariable(variable: string): string {
  const value = process.env[variable];
  if (value === undefined || value === '') throw new MissingSinkVariableError(variable);
  return value;
}
