import { describe, expect, it } from 'vitest';
import { runCli } from '../src/index.js';
import { bundles, localFunctionTemplate, useLocalFunctionFixtures } from './local-function-fixture.js';
import { recordingIo } from './recording-io.js';
import { summaryRow } from './summary-row.js';

/** A queue whose failing messages move to a DLQ after 5 receives, read with a 6 x timeout visibility timeout. */
const queueWithDlq = {
  VisibilityTimeout: 18,
  RedrivePolicy: { deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:orders-dlq', maxReceiveCount: 5 },
};

async function blueprints(...args: string[]) {
  const io = recordingIo();
  const code = await runCli(['simulate', ...args], io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('blueprints simulate', () => {
  const fixture = useLocalFunctionFixtures();

  it('exits 0 when every record is processed or in the DLQ, poison records in the DLQ', async () => {
    // Prepare
    const template = localFunctionTemplate({ function: { Timeout: 3 }, source: queueWithDlq });
    const directory = await fixture({ bundle: bundles.reportsNonJsonBodies, template });

    // Act
    const { code, stdout } = await blueprints(
      directory,
      '--records',
      '300',
      '--fail-rate',
      '0.1',
      '--poison',
      '2',
      '--seed',
      's1',
    );

    // Assess
    expect(code).toBe(0);
    expect(summaryRow(stdout, 'records in')).toBe(300);
    expect(summaryRow(stdout, 'to DLQ')).toBe(2);
    expect(summaryRow(stdout, 'processed')).toBe(298);
    expect(summaryRow(stdout, 'retried')).toBeGreaterThan(0);
    expect(summaryRow(stdout, 'lost')).toBe(0);
  });

  it('exits 1 naming the lost records and the setting that loses them when ReportBatchItemFailures is off', async () => {
    // Prepare
    const template = localFunctionTemplate({ source: queueWithDlq, mapping: { FunctionResponseTypes: undefined } });
    const directory = await fixture({ bundle: bundles.reportsNonJsonBodies, template });

    // Act
    const { code, stdout, stderr } = await blueprints(
      directory,
      '--records',
      '100',
      '--fail-rate',
      '0.2',
      '--seed',
      's2',
    );

    // Assess
    const lost = summaryRow(stdout, 'lost');
    expect(code).toBe(1);
    expect(lost).toBeGreaterThan(0);
    expect(stderr).toContain(`${lost} of 100 records would be lost (${lost} failure-ignored)`);
    expect(stderr).toContain('ReportBatchItemFailures is off');
  });

  it('batches as the template says: a smaller BatchSize takes more invocations', async () => {
    // Prepare
    const directories = await Promise.all(
      [10, 4].map((batchSize) =>
        fixture({
          bundle: bundles.reportsNonJsonBodies,
          template: localFunctionTemplate({ source: queueWithDlq, mapping: { BatchSize: batchSize } }),
        }),
      ),
    );

    // Act
    const runs = [];
    for (const directory of directories) runs.push(await blueprints(directory, '--records', '40', '--seed', 's3'));

    // Assess
    expect(runs.map(({ stdout }) => summaryRow(stdout, 'invocations'))).toEqual([40 / 10, 40 / 4]);
    expect(runs[1]?.stdout).toContain('batch size 4');
  });

  it('gives the records the payloads of the sample events the handler accepts, leaving out the rejected ones', async () => {
    // Prepare
    const sample = {
      Records: [
        { messageId: 'm-good', body: '{"orderId":"o-1"}' },
        { messageId: 'm-bad', body: '{' },
      ],
    };
    const directory = await fixture({
      bundle: bundles.reportsNonJsonBodies,
      template: localFunctionTemplate({ source: queueWithDlq }),
      files: { 'events/orders.json': JSON.stringify(sample) },
    });

    // Act
    const { code, stdout, stderr } = await blueprints(directory, '--records', '50', '--seed', 's4');

    // Assess
    expect(code).toBe(0);
    expect(stderr).toContain('Records carry the payloads of the 1 accepted sample records of events/orders.json.');
    expect(summaryRow(stdout, 'processed')).toBe(50);
    expect(summaryRow(stdout, 'to DLQ')).toBe(0);
  });

  it('keeps the function logs off stdout and writes progress as plain lines without a terminal', async () => {
    // Prepare
    const directory = await fixture({
      bundle: bundles.reportsNonJsonBodies,
      template: localFunctionTemplate({ source: queueWithDlq }),
    });

    // Act
    const { stdout, stderr } = await blueprints(directory, '--records', '100', '--body', '{"orderId":"o-1"}');

    // Assess
    const progress = stderr.split('\n').filter((line) => line.startsWith('Simulating: '));
    expect(stdout).not.toMatch(/processed [0-9a-f-]{36}/);
    expect(stderr).toContain('The function wrote 100 log lines (not shown');
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.length).toBeLessThanOrEqual(10);
    expect(progress.at(-1)).toBe('Simulating: 100 of 100 records settled, 10 invocations');
  });

  it('shows the first log lines when the function processed no record', async () => {
    // Prepare
    const directory = await fixture({
      bundle: bundles.throwsTypeError,
      template: localFunctionTemplate({ source: queueWithDlq }),
    });

    // Act
    const { stderr } = await blueprints(directory, '--records', '10', '--seed', 's5');

    // Assess
    expect(stderr).toContain('The function processed no record. Its first log lines:\n  cannot read record 3\n');
  });

  it('runs against local-aws-sqs with --against local', async () => {
    // Prepare
    const directory = await fixture({
      bundle: bundles.reportsNonJsonBodies,
      template: localFunctionTemplate({ source: queueWithDlq }),
    });

    // Act
    const { code, stdout, stderr } = await blueprints(
      directory,
      '--records',
      '12',
      '--against',
      'local',
      '--body',
      '{}',
    );

    // Assess
    expect(code).toBe(0);
    expect(summaryRow(stdout, 'processed')).toBe(12);
    expect(stderr).toContain('local-aws-sqs');
  });

  it.each([
    [['--fail-rate', '1.5'], '--fail-rate "1.5" is not a probability from 0 up to (not including) 1'],
    [['--records', '0'], '--records "0" is not a whole number of at least 1'],
    [['--records', '20', '--poison', '21'], '--poison 21 is more than the 20 records'],
    [['--against', 'cloud'], 'Unknown --against "cloud". Use one of: local.'],
    [['--body', '{"id":'], '--body is not valid JSON'],
    [['--records', '5', 'a', 'b'], 'blueprints simulate runs one function package, but got a, b'],
  ])('exits 2 for %j', async (args, message) => {
    // Act
    const { code, stderr, stdout } = await blueprints(...args);

    // Assess
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });
});
