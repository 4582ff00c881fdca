import { fakeRefOf, resolveIntrinsics } from '../cloudformation/intrinsics.js';
import { type CloudFormationTemplate, logicalIdsOfType } from '../cloudformation/template.js';
import { FunctionNotFoundError, InvalidMappingOptionsError } from '../errors.js';

const FUNCTION = 'AWS::Lambda::Function';

/** What Lambda needs to run a function of the template, every value resolved as it would be once deployed. */
export interface FunctionConfig {
  logicalId: string;
  /** FunctionName, or the logical id when the template lets CloudFormation name it. */
  functionName: string;
  /** Timeout. @default 3 (Lambda's default) */
  timeoutSeconds: number;
  /** MemorySize. @default 128 (Lambda's default) */
  memoryMb: number;
  /** Environment.Variables, with Refs and GetAtts resolved to the fake environment's values. */
  environment: Record<string, string>;
}

/** Reads a number property as CloudFormation would accept it (a number, or a string holding one). */
export function numberProperty(value: unknown, name: string, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    throw new InvalidMappingOptionsError(name, value, 'a number');
  }
  return number;
}

/** The logical id of `wanted`, or of the template's only function. */
export function functionLogicalIdOf(template: CloudFormationTemplate, wanted?: string): string {
  const functions = logicalIdsOfType(template, FUNCTION);
  const [only] = functions;
  if (wanted !== undefined) {
    if (!functions.includes(wanted)) throw new FunctionNotFoundError(functions, wanted);
    return wanted;
  }
  if (only === undefined || functions.length > 1) throw new FunctionNotFoundError(functions);
  return only;
}

/** The configuration of the function `functionLogicalId` (or the template's only function). */
export function readFunctionConfig(template: CloudFormationTemplate, functionLogicalId?: string): FunctionConfig {
  const logicalId = functionLogicalIdOf(template, functionLogicalId);
  const path = `Resources.${logicalId}.Properties`;
  const properties = template.Resources?.[logicalId]?.Properties ?? {};
  const resolve = (name: string): unknown => resolveIntrinsics(template, properties[name], `${path}.${name}`);
  const variables = (resolve('Environment') as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {};
  return {
    logicalId,
    functionName: fakeRefOf(template, logicalId),
    timeoutSeconds: numberProperty(resolve('Timeout'), `${path}.Timeout`, 3),
    memoryMb: numberProperty(resolve('MemorySize'), `${path}.MemorySize`, 128),
    environment: Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, String(value)])),
  };
}
