import { describe, expect, it } from 'vitest';
import {
  compileFilterCriteria,
  dynamodbStreamEvent,
  InvalidFilterCriteriaError,
  kinesisEvent,
  readMappingSettings,
  type SimulatedSource,
  type SourceRecord,
  simulate,
  sqsEvent,
} from '../../src/index.js';
import { sqsBatchHandler } from './support/batch-handlers.js';
import { sqsMappingTemplate } from './support/mapping-templates.js';

/** SQS records with these bodies (objects are sent as JSON, strings as they are). */
const sqsRecords = (...bodies: unknown[]) => sqsEvent({ bodies, seed: 1 }).Records;

/** Which of the records the filters keep, by position. */
function kept(source: SimulatedSource, patterns: readonly unknown[], records: readonly SourceRecord[]): number[] {
  const filter = compileFilterCriteria(
    source,
    patterns.map((pattern) => JSON.stringify(pattern)),
  );
  return records.flatMap((record, index) => (filter === undefined || filter(record) ? [index] : []));
}

describe('compileFilterCriteria on SQS bodies', () => {
  const records = sqsRecords(
    { status: 'paid', amount: 120, region: 'eu-west-1', email: 'Ana@Example.com', note: null, code: '' },
    { status: 'PENDING', amount: 20, region: 'us-east-1', email: 'bo@example.org', code: 'x' },
    { status: 'refunded', amount: 55.5, region: 'eu-central-1', note: 'late' },
  );

  const cases: [string, unknown, number[]][] = [
    ['an exact value', { body: { status: ['paid'] } }, [0]],
    ['OR by array', { body: { status: ['paid', 'refunded'] } }, [0, 2]],
    ['null', { body: { note: [null] } }, [0]],
    ['the empty string', { body: { code: [''] } }, [0]],
    ['anything-but a list', { body: { status: [{ 'anything-but': ['paid', 'refunded'] }] } }, [1]],
    ['anything-but a prefix', { body: { region: [{ 'anything-but': { prefix: 'eu-' } }] } }, [1]],
    ['a numeric range', { body: { amount: [{ numeric: ['>', 20, '<=', 120] }] } }, [0, 2]],
    ['a numeric equality', { body: { amount: [{ numeric: ['=', 20] }] } }, [1]],
    ['exists', { body: { note: [{ exists: true }] } }, [0, 2]],
    ['does not exist', { body: { note: [{ exists: false }] } }, [1]],
    ['a prefix', { body: { region: [{ prefix: 'eu-' }] } }, [0, 2]],
    ['a suffix', { body: { email: [{ suffix: '.org' }] } }, [1]],
    ['equals-ignore-case', { body: { status: [{ 'equals-ignore-case': 'pending' }] } }, [1]],
    ['two fields (AND)', { body: { status: ['paid'], amount: [{ numeric: ['<', 100] }] } }, []],
  ];

  for (const [operator, pattern, expected] of cases) {
    it(`keeps the records matching ${operator}`, () => {
      // Act
      const result = kept('sqs', [pattern], records);

      // Assess
      expect(result).toEqual(expected);
    });
  }

  it('keeps a record matching any of several filters (OR)', () => {
    // Prepare
    const patterns = [{ body: { status: ['paid'] } }, { body: { amount: [{ numeric: ['<', 30] }] } }];

    // Act
    const result = kept('sqs', patterns, records);

    // Assess
    expect(result).toEqual([0, 1]);
  });

  it('matches metadata fields outside the body', () => {
    // Prepare
    const fifo = sqsEvent({ count: 2, fifo: { groupIds: ['orders', 'refunds'] }, seed: 1 }).Records;

    // Act
    const result = kept('sqs', [{ attributes: { MessageGroupId: ['refunds'] } }], fifo);

    // Assess
    expect(result).toEqual([1]);
  });
});

describe('compileFilterCriteria on bodies that are not JSON', () => {
  const records = sqsRecords('Result: ok', { status: 'Result: ok' }, '{"truncated":');

  it('matches plain-text rules against a plain-text body only', () => {
    // Act
    const result = kept('sqs', [{ body: [{ prefix: 'Result' }] }], records);

    // Assess
    expect(result).toEqual([0]);
  });

  it('drops a plain-text body when the filter addresses JSON fields', () => {
    // Act
    const result = kept('sqs', [{ body: { status: [{ exists: true }] } }], records);

    // Assess
    expect(result).toEqual([1]);
  });

  it('drops a JSON body when the filter has rules on the whole body as text', () => {
    // Act
    const result = kept('sqs', [{ body: [{ exists: true }] }], records);

    // Assess
    expect(result).toEqual([0, 2]);
  });

  it('filters Kinesis data as JSON only, dropping data that is not JSON', () => {
    // Prepare
    const records = kinesisEvent({ records: [{ type: 'buy' }, 'type=buy', { type: 'sell' }], seed: 1 }).Records;

    // Act
    const result = kept('kinesis', [{ data: { type: ['buy', 'sell'] } }], records);

    // Assess
    expect(result).toEqual([0, 2]);
  });

  it('refuses rules on the whole Kinesis data, as Lambda does when the mapping is created', () => {
    // Act
    const compile = () => compileFilterCriteria('kinesis', [JSON.stringify({ data: [{ prefix: 'x' }] })]);

    // Assess
    expect(compile).toThrow(InvalidFilterCriteriaError);
  });
});

describe('compileFilterCriteria on stream metadata', () => {
  it('matches a Kinesis partition key', () => {
    // Prepare
    const records = kinesisEvent({ count: 3, partitionKeys: ['eu', 'us', 'eu'], seed: 1 }).Records;

    // Act
    const result = kept('kinesis', [{ partitionKey: ['eu'] }], records);

    // Assess
    expect(result).toEqual([0, 2]);
  });

  it('matches DynamoDB event names and image fields', () => {
    // Prepare
    const { Records } = dynamodbStreamEvent({
      records: [
        { eventName: 'INSERT', keys: { pk: 'a' }, newImage: { total: 10 } },
        { eventName: 'MODIFY', keys: { pk: 'b' }, newImage: { total: 99 } },
        { eventName: 'REMOVE', keys: { pk: 'c' } },
      ],
      seed: 1,
    });
    const pattern = { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { total: { N: [{ prefix: '9' }] } } } };

    // Act
    const result = kept('dynamodb-streams', [pattern], Records);

    // Assess
    expect(result).toEqual([1]);
  });
});

describe('compileFilterCriteria refusals', () => {
  const refusals: [string, unknown[]][] = [
    ['more than five filters', Array.from({ length: 6 }, () => ({ body: { a: [1] } }))],
    ['an operator Lambda does not list', [{ body: { a: [{ wildcard: 'a*' }] } }]],
    ['an unknown operator', [{ body: { a: [{ between: [1, 2] }] } }]],
    ['a field that is not a rule list', [{ body: { a: 'b' } }]],
    ['a numeric rule without a number', [{ body: { a: [{ numeric: ['>', '1'] }] } }]],
  ];

  for (const [problem, patterns] of refusals) {
    it(`refuses ${problem}`, () => {
      // Act
      const compile = () =>
        compileFilterCriteria(
          'sqs',
          patterns.map((pattern) => JSON.stringify(pattern)),
        );

      // Assess
      expect(compile).toThrow(InvalidFilterCriteriaError);
    });
  }
});

describe('simulate with FilterCriteria', () => {
  it('deletes the messages no filter matches without invoking the function', async () => {
    // Prepare
    const template = sqsMappingTemplate({ filters: [{ body: { id: [{ numeric: ['<=', 30] }] } }] });
    const { handler, recording } = sqsBatchHandler();

    // Act
    const result = await simulate(readMappingSettings(template), handler, { records: 100, seed: 1 });

    // Assess
    expect(result.summary).toMatchObject({ filtered: 70, processed: 30, lost: 0, invocations: 3 });
    expect(recording.processed).toHaveLength(30);
  });
});
