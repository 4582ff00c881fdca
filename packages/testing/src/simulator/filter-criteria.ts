import { InvalidFilterCriteriaError } from '../errors.js';
import { compileEventPattern, type PatternMatcher } from './event-pattern.js';
import type { SimulatedSource } from './mapping-settings.js';
import { isKinesisRecord, isSqsRecord, payloadTextOf, type SourceRecord } from './source-record.js';

/** Whether Lambda hands a record to the function (true) or drops it before the batch is formed (false). */
export type RecordFilter = (record: SourceRecord) => boolean;

const MAX_FILTERS = 5;
const MAX_PATTERN_LENGTH = 4096;

/** The key each source's payload is filtered under. */
const DATA_KEY: Readonly<Record<SimulatedSource, string>> = {
  sqs: 'body',
  kinesis: 'data',
  'dynamodb-streams': 'dynamodb',
};

/** How a filter addresses the payload: not at all, as plain text (rules on the string), or as JSON (fields). */
type PayloadFormat = 'none' | 'text' | 'json';

interface CompiledFilter {
  matches: PatternMatcher;
  payload: PayloadFormat;
}

/** The record as filters see it, and whether its payload parsed as JSON. */
interface FilterView {
  document: Record<string, unknown>;
  payloadIsJson: boolean;
}

/** A payload counts as JSON when it parses to an object or an array; anything else is plain text. */
function parsedJson(text: string): object | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * SQS: the record with `body` parsed when it is JSON. Kinesis: the record with the fields of `kinesis` lifted to the
 * top (partitionKey, sequenceNumber, ...) and `data` decoded and parsed when it is JSON. DynamoDB: the record.
 */
function filterView(record: SourceRecord): FilterView {
  if (isSqsRecord(record)) {
    const body = parsedJson(record.body);
    return { document: { ...record, body: body ?? record.body }, payloadIsJson: body !== undefined };
  }
  if (isKinesisRecord(record)) {
    const data = parsedJson(payloadTextOf(record));
    return {
      document: { ...record, ...record.kinesis, data: data ?? record.kinesis.data },
      payloadIsJson: data !== undefined,
    };
  }
  return { document: { ...record }, payloadIsJson: true };
}

function compileFilter(source: SimulatedSource, text: string, where: string): CompiledFilter {
  if (text.length > MAX_PATTERN_LENGTH) {
    throw new InvalidFilterCriteriaError(
      where,
      `the pattern has ${text.length} characters; Lambda allows ${MAX_PATTERN_LENGTH}`,
    );
  }
  let pattern: unknown;
  try {
    pattern = JSON.parse(text);
  } catch {
    throw new InvalidFilterCriteriaError(where, `the pattern ${text} is not JSON`);
  }
  const matches = compileEventPattern(pattern, where);
  const payloadRules = (pattern as Record<string, unknown>)[DATA_KEY[source]];
  const payload: PayloadFormat = payloadRules === undefined ? 'none' : Array.isArray(payloadRules) ? 'text' : 'json';
  if (payload === 'text' && source !== 'sqs') {
    throw new InvalidFilterCriteriaError(
      `${where}.${DATA_KEY[source]}`,
      'stream payloads are filtered as JSON only: address fields of it, not the whole payload',
    );
  }
  return { matches, payload };
}

/**
 * Compiles a mapping's filter patterns (FilterCriteria.Filters[].Pattern) into the test Lambda applies to each record
 * before batching: a record is kept when any filter matches (OR). A filter that addresses the payload (`body`,
 * `data`, `dynamodb`) as JSON never matches a payload that is not JSON, and an SQS filter with rules on the whole
 * `body` (plain text) never matches a JSON body: Lambda drops the record on such a mismatch. Returns undefined when
 * there are no filters (every record is kept).
 */
export function compileFilterCriteria(source: SimulatedSource, patterns: readonly string[]): RecordFilter | undefined {
  if (patterns.length === 0) return undefined;
  if (patterns.length > MAX_FILTERS) {
    throw new InvalidFilterCriteriaError(
      'Filters',
      `${patterns.length} filters; Lambda allows ${MAX_FILTERS} per mapping (10 with a quota increase, not emulated)`,
    );
  }
  const filters = patterns.map((text, index) => compileFilter(source, text, `Filters[${index}]`));
  return (record) => {
    const { document, payloadIsJson } = filterView(record);
    return filters.some(
      ({ matches, payload }) => (payload === 'none' || (payload === 'json') === payloadIsJson) && matches(document),
    );
  };
}
