import { readRoleEntries, roleFileWith } from '@lambda-blueprints/cli';
import { describe, expect, it } from 'vitest';
import { editConfig, readConfigValue } from '../src/config-file.js';
import { BlueprintShapeError } from '../src/errors.js';
import { handlerWithSinkCalls } from '../src/handler-sink-calls.js';
import { SourceExpression } from '../src/source-edits.js';
import { stackWithNewSinks } from '../src/stack-sinks.js';
import { configSource, handlerSource, roleSource, stackSource } from './support/source-factories.js';

const tableCall = { functionName: 'writeToTable', importPath: './sinks/dynamodb-write.js' };

describe('infra/config.ts edits', () => {
  it('reads the literal values of nested settings', () => {
    // Act / Assess
    expect(readConfigValue(configSource(), 'source.batchSize')).toBe(10);
    expect(readConfigValue(configSource(), 'source.newQueue.maxReceiveCount')).toBe(5);
    expect(readConfigValue(configSource(), 'tracing')).toBe(false);
  });

  it('sets, adds and removes settings and keeps everything else as it was', () => {
    // Act
    const edited = editConfig(
      configSource(),
      [
        { path: 'source.batchSize', value: 500 },
        { path: 'source.newQueue', remove: true },
        { path: 'source.existingQueueArn', value: 'arn:aws:sqs:eu-west-1:123456789012:orders' },
        { path: 'tracing', value: true },
        { path: 'sinks', value: [new SourceExpression("existingTableSink('arn')")] },
      ],
      ["import { existingTableSink } from './sinks/dynamodb-write.js';"],
    );

    // Assess
    expect(readConfigValue(edited, 'source.batchSize')).toBe(500);
    expect(readConfigValue(edited, 'source.existingQueueArn')).toBe('arn:aws:sqs:eu-west-1:123456789012:orders');
    expect(() => readConfigValue(edited, 'source.newQueue')).toThrow(BlueprintShapeError);
    expect(edited).not.toContain('A comment that belongs to the first source setting');
    expect(edited).toContain("sinks: [existingTableSink('arn')]");
    expect(edited).toContain("import { existingTableSink } from './sinks/dynamodb-write.js';");
    expect(edited).toContain('/** The settings. */');
  });

  it('names the path when the blueprint lacks it', () => {
    // Act
    const edit = () => editConfig(configSource(), [{ path: 'vpc.vpcId', value: 'vpc-1' }]);

    // Assess
    expect(edit).toThrow('config.vpc.vpcId: "vpc" is not an object literal');
  });
});

describe('infra/role.ts', () => {
  it('lists the entries one per line and reads them back', () => {
    // Prepare
    const spec = [
      { template: 'basic-execution', on: 'log-group' },
      { template: 'sqs-poll', on: 'source' },
      { template: 'xray-write' },
    ] as const;

    // Act
    const written = roleFileWith(roleSource(), spec);

    // Assess
    expect(readRoleEntries(written)).toEqual(spec);
    expect(written).toContain("  { template: 'xray-write' },\n");
    expect(written).toContain('// biome-ignore format: one role entry per line');
  });

  it('refuses an unknown template, listing the valid ones', () => {
    // Act
    const read = () => readRoleEntries(roleSource(["{ template: 'sqs-admin', on: 'source' },"]));

    // Assess
    expect(read).toThrow('Unknown role template "sqs-admin". Use one of: basic-execution');
  });
});

describe('src/handler.ts sink calls', () => {
  it('awaits the record function, then writes the body of the record it names', () => {
    // Act
    const edited = handlerWithSinkCalls(handlerSource('({ body }) => acceptOrder(body)'), 'sqs', [tableCall]);

    // Assess
    expect(edited).toContain(
      'handleRecord: async ({ body, record }) => {\nawait acceptOrder(body);\nawait writeToTable(record, body);\n}',
    );
    expect(edited).toContain("import { writeToTable } from './sinks/dynamodb-write.js';");
  });

  it('uses the names a destructured Kinesis record function already has', () => {
    // Act
    const edited = handlerWithSinkCalls(
      handlerSource('({ data: reading, record: r }) => {\n    log(reading);\n  }', 'kinesisBatch'),
      'kinesis',
      [tableCall],
    );

    // Assess
    expect(edited).toContain(
      'async ({ data: reading, record: r }) => {\n    log(reading);\n  await writeToTable(r, reading);\n}',
    );
  });

  it('awaits what a block body returned before calling the sinks', () => {
    // Act
    const edited = handlerWithSinkCalls(handlerSource('async (item) => {\n    return save(item.body);\n  }'), 'sqs', [
      tableCall,
    ]);

    // Assess
    expect(edited).toContain('await save(item.body);\n');
    expect(edited).toContain('await writeToTable(item.record, item.body);');
    expect(edited).not.toContain('return save');
  });

  it('wraps a record function defined elsewhere, passing the DynamoDB new image', () => {
    // Act
    const edited = handlerWithSinkCalls(handlerSource('auditOrderChange', 'dynamodbStreamBatch'), 'dynamodb-streams', [
      tableCall,
    ]);

    // Assess
    expect(edited).toContain(
      'handleRecord: async (item) => {\nawait auditOrderChange(item);\nawait writeToTable(item.record, item.newImage);\n}',
    );
  });

  it('leaves the handler as it is without sinks', () => {
    // Prepare
    const handler = handlerSource('({ body }) => acceptOrder(body)');

    // Act / Assess
    expect(handlerWithSinkCalls(handler, 'sqs', [])).toBe(handler);
  });
});

describe('infra/stack.ts new sink targets', () => {
  it('adds the created targets after the sinks of infra/config.ts', () => {
    // Act
    const edited = stackWithNewSinks(stackSource(), [
      { functionName: 'newTableSink', importPath: './sinks/dynamodb-write.js' },
    ]);

    // Assess
    expect(edited).toContain('sinks: [...this.config.sinks, newTableSink(this)],');
    expect(edited).toContain("import { newTableSink } from './sinks/dynamodb-write.js';");
  });

  it('adds a sinks prop when the function has none', () => {
    // Act
    const edited = stackWithNewSinks(stackSource(['source: this.source']), [
      { functionName: 'newQueueSink', importPath: './sinks/sqs-send.js' },
    ]);

    // Assess
    expect(edited).toMatch(/source: this\.source,\s*sinks: \[newQueueSink\(this\)\],/);
  });
});
