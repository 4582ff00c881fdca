import { InvalidFilterCriteriaError } from '../errors.js';

/** Whether a document (a record as filters see it) matches a compiled pattern. */
export type PatternMatcher = (document: unknown) => boolean;

/** One rule of a field's list: tested on the field as a whole (exists) or on its value (every other operator). */
type Rule = { onField: (field: unknown) => boolean } | { onValue: (value: unknown) => boolean };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const NUMERIC_OPERATORS: Readonly<Record<string, (value: number, bound: number) => boolean>> = {
  '=': (value, bound) => value === bound,
  '<': (value, bound) => value < bound,
  '<=': (value, bound) => value <= bound,
  '>': (value, bound) => value > bound,
  '>=': (value, bound) => value >= bound,
};

/** Operators of EventBridge patterns that Lambda's filter documentation does not list: refused, not guessed. */
const NOT_EMULATED = new Set(['wildcard', 'cidr', '$or']);

const isScalar = (value: unknown): boolean =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

function stringRule(operator: string, operand: unknown, where: string): (value: unknown) => boolean {
  if (typeof operand !== 'string') throw new InvalidFilterCriteriaError(where, `${operator} takes a string`);
  if (operator === 'prefix') return (value) => typeof value === 'string' && value.startsWith(operand);
  if (operator === 'suffix') return (value) => typeof value === 'string' && value.endsWith(operand);
  const lower = operand.toLowerCase();
  return (value) => typeof value === 'string' && value.toLowerCase() === lower;
}

function numericRule(operand: unknown, where: string): (value: unknown) => boolean {
  const terms = Array.isArray(operand) ? operand : [];
  const comparisons: ((value: number) => boolean)[] = [];
  for (let index = 0; index < terms.length; index += 2) {
    const compare = NUMERIC_OPERATORS[String(terms[index])];
    const bound = terms[index + 1];
    if (!compare || typeof bound !== 'number') {
      throw new InvalidFilterCriteriaError(
        where,
        'numeric takes [operator, number, ...] with operators =, <, <=, >, >=',
      );
    }
    comparisons.push((value) => compare(value, bound));
  }
  if (comparisons.length === 0 || comparisons.length > 2) {
    throw new InvalidFilterCriteriaError(where, 'numeric takes one or two comparisons');
  }
  return (value) => typeof value === 'number' && comparisons.every((compare) => compare(value));
}

function anythingButRule(operand: unknown, where: string): (value: unknown) => boolean {
  if (isPlainObject(operand)) {
    const [operator, inner] = Object.entries(operand)[0] ?? [];
    if (Object.keys(operand).length !== 1 || !['prefix', 'suffix', 'equals-ignore-case'].includes(operator ?? '')) {
      throw new InvalidFilterCriteriaError(
        where,
        'anything-but takes values, or one of prefix, suffix, equals-ignore-case',
      );
    }
    const excluded = stringRule(operator ?? '', inner, where);
    return (value) => typeof value === 'string' && !excluded(value);
  }
  const excluded = Array.isArray(operand) ? operand : [operand];
  if (!excluded.every(isScalar)) throw new InvalidFilterCriteriaError(where, 'anything-but takes scalar values');
  return (value) => !excluded.includes(value);
}

function compileRule(rule: unknown, where: string): Rule {
  if (isScalar(rule)) return { onValue: (value) => value === rule };
  if (!isPlainObject(rule) || Object.keys(rule).length !== 1) {
    throw new InvalidFilterCriteriaError(where, `${JSON.stringify(rule)} is not a value or a one-operator object`);
  }
  const [operator = '', operand] = Object.entries(rule)[0] ?? [];
  switch (operator) {
    case 'exists':
      if (typeof operand !== 'boolean') throw new InvalidFilterCriteriaError(where, 'exists takes true or false');
      return { onField: (field) => (field !== undefined) === operand };
    case 'prefix':
    case 'suffix':
    case 'equals-ignore-case':
      return { onValue: stringRule(operator, operand, where) };
    case 'numeric':
      return { onValue: numericRule(operand, where) };
    case 'anything-but':
      return { onValue: anythingButRule(operand, where) };
    default:
      throw new InvalidFilterCriteriaError(
        where,
        NOT_EMULATED.has(operator)
          ? `the ${operator} operator is not in Lambda's filter rules and is not emulated`
          : `${operator} is not a filter operator`,
      );
  }
}

/**
 * A field's list of rules, OR'ed. A missing field matches only `exists: false`; a field holding an array matches
 * when any element does, as in EventBridge.
 */
function compileRules(rules: readonly unknown[], where: string): (field: unknown) => boolean {
  if (rules.length === 0) throw new InvalidFilterCriteriaError(where, 'a rule list is empty, so it matches nothing');
  const compiled = rules.map((rule) => compileRule(rule, where));
  return (field) =>
    compiled.some((rule) => {
      if ('onField' in rule) return rule.onField(field);
      if (field === undefined) return false;
      return Array.isArray(field) ? field.some(rule.onValue) : rule.onValue(field);
    });
}

/**
 * Compiles one filter pattern (already parsed from JSON) with the rule syntax Lambda shares with EventBridge: every
 * field of the pattern must match (AND), each field's list of rules is an OR, nested objects address nested fields.
 */
export function compileEventPattern(pattern: unknown, where: string): PatternMatcher {
  if (!isPlainObject(pattern)) throw new InvalidFilterCriteriaError(where, 'a pattern must be a JSON object');
  const fields = Object.entries(pattern).map(([key, value]): PatternMatcher => {
    const path = `${where}.${key}`;
    const fieldOf = (document: unknown): unknown =>
      isPlainObject(document) && Object.hasOwn(document, key) ? document[key] : undefined;
    if (NOT_EMULATED.has(key)) compileRule({ [key]: value }, path);
    if (Array.isArray(value)) {
      const rules = compileRules(value, path);
      return (document) => rules(fieldOf(document));
    }
    if (isPlainObject(value)) {
      const nested = compileEventPattern(value, path);
      return (document) => {
        const field = fieldOf(document);
        return Array.isArray(field) ? field.some(nested) : nested(field);
      };
    }
    throw new InvalidFilterCriteriaError(path, 'a pattern field must hold a list of rules or a nested pattern');
  });
  return (document) => fields.every((matches) => matches(document));
}
