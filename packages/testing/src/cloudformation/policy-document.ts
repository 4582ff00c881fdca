import type { PolicyDocument, PolicyStatement } from '@lambda-blueprints/role-templates';
import { InvalidPolicyDocumentError } from '../errors.js';

/** A statement of a synthesized identity policy: the catalog's statement plus the Condition IAM may attach. */
export interface SynthesizedPolicyStatement extends PolicyStatement {
  Condition?: Record<string, Record<string, unknown>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isStringOrStrings = (value: unknown): value is string | string[] =>
  typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));

const isConditionBlock = (value: unknown): value is Record<string, Record<string, unknown>> =>
  isRecord(value) && Object.values(value).every(isRecord);

const STATEMENT_KEYS = new Set(['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);

function toStatement(value: unknown, where: string): SynthesizedPolicyStatement {
  if (!isRecord(value)) throw new InvalidPolicyDocumentError(where, 'a statement is not an object');
  const unexpected = Object.keys(value).filter((key) => !STATEMENT_KEYS.has(key));
  if (unexpected.length > 0) {
    throw new InvalidPolicyDocumentError(where, `a statement has ${unexpected.join(', ')}, not valid in a role policy`);
  }
  const { Sid, Effect, Action, NotAction, Condition } = value;
  if (Effect !== 'Allow' && Effect !== 'Deny') {
    throw new InvalidPolicyDocumentError(where, `Effect is ${JSON.stringify(Effect)}, not Allow or Deny`);
  }
  if ((Action === undefined) === (NotAction === undefined)) {
    throw new InvalidPolicyDocumentError(where, 'a statement needs exactly one of Action and NotAction');
  }
  const statement: SynthesizedPolicyStatement = { Effect };
  if (Sid !== undefined) {
    if (typeof Sid !== 'string') throw new InvalidPolicyDocumentError(where, 'Sid is not a string');
    statement.Sid = Sid;
  }
  for (const key of ['Action', 'NotAction', 'Resource', 'NotResource'] as const) {
    const field = value[key];
    if (field === undefined) continue;
    if (!isStringOrStrings(field))
      throw new InvalidPolicyDocumentError(where, `${key} is not a string or a list of strings`);
    statement[key] = field;
  }
  if (Condition !== undefined) {
    if (!isConditionBlock(Condition)) {
      throw new InvalidPolicyDocumentError(where, 'Condition is not an object of operator -> { key: value }');
    }
    statement.Condition = Condition;
  }
  return statement;
}

/** Checks that a resolved template value is an IAM policy document and returns it typed. */
export function toPolicyDocument(value: unknown, where: string): PolicyDocument {
  if (!isRecord(value)) throw new InvalidPolicyDocumentError(where, 'it is not an object');
  if (value.Version !== '2012-10-17') {
    throw new InvalidPolicyDocumentError(where, `Version is ${JSON.stringify(value.Version)}, not "2012-10-17"`);
  }
  // IAM accepts a single statement object as well as a list.
  const statements = Array.isArray(value.Statement) ? value.Statement : [value.Statement];
  return { Version: '2012-10-17', Statement: statements.map((statement) => toStatement(statement, where)) };
}
