import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventSourceName, type GeneratedEvent, generateEvent } from '@lambda-blueprints/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/index.js';
import { carriesPayload } from './blueprint-packages.js';
import { recordingIo } from './recording-io.js';

async function blueprints(...args: string[]) {
  const io = recordingIo();
  const code = await runCli(['events', ...args], io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** The printed event, typed as the factories type it (@types/aws-lambda). */
async function printedEvent<TSource extends EventSourceName>(source: TSource, ...args: string[]) {
  const { code, stdout, stderr } = await blueprints(source, ...args);
  if (code !== 0) throw new Error(`blueprints events ${source} exited ${code}: ${stderr}`);
  return JSON.parse(stdout) as GeneratedEvent<TSource>;
}

/** Every property path of a value (`Records.0.kinesis.data`), arrays by index, to compare shapes. */
function propertyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    propertyPaths(child, prefix === '' ? key : `${prefix}.${key}`),
  );
}

describe('blueprints events', () => {
  let workDirectory: string;
  beforeAll(async () => {
    workDirectory = await mkdtemp(join(tmpdir(), 'blueprints-events-'));
  });
  afterAll(async () => rm(workDirectory, { recursive: true, force: true }));

  it.each(['sqs', 'sqs-fifo', 'kinesis', 'dynamodb-streams'] as const)(
    'prints a %s batch shaped as the typed event factories make it',
    async (source) => {
      // Act
      const printed = await printedEvent(source, '--count', '3');

      // Assess
      expect(propertyPaths(printed).sort()).toEqual(propertyPaths(generateEvent(source, { count: 3 })).sort());
    },
  );

  it('prints --count records of which --malformed carry a body that is not JSON', async () => {
    // Act
    const printed = await printedEvent('sqs', '--count', '7', '--malformed', '3', '--body', '{"orderId":"o-1"}');

    // Assess
    const malformed = printed.Records.filter((record) => !carriesPayload(record, { orderId: 'o-1' }));
    expect(printed.Records).toHaveLength(7);
    expect(malformed).toHaveLength(3);
    for (const record of malformed) expect(() => JSON.parse(record.body)).toThrow(SyntaxError);
  });

  it('reads the payload of every record from --body-file', async () => {
    // Prepare
    const reading = { readingId: 'r-1', deviceId: 'sensor-7', temperatureCelsius: 21.5 };
    const bodyFile = join(workDirectory, 'reading.json');
    await writeFile(bodyFile, JSON.stringify(reading, null, 2));

    // Act
    const printed = await printedEvent('kinesis', '--count', '2', '--body-file', bodyFile);

    // Assess
    expect(printed.Records.every((record) => carriesPayload(record, reading))).toBe(true);
  });

  it('puts FIFO records in the --group-ids in turn', async () => {
    // Act
    const printed = await printedEvent('sqs-fifo', '--count', '4', '--group-ids', 'order-1,order-2');

    // Assess
    expect(printed.Records.map((record) => record.attributes.MessageGroupId)).toEqual([
      'order-1',
      'order-2',
      'order-1',
      'order-2',
    ]);
  });

  it('gives Kinesis records the --partition-keys in turn', async () => {
    // Act
    const printed = await printedEvent('kinesis', '--count', '3', '--partition-keys', 'sensor-1,sensor-2');

    // Assess
    expect(printed.Records.map((record) => record.kinesis.partitionKey)).toEqual(['sensor-1', 'sensor-2', 'sensor-1']);
  });

  it('prints the DynamoDB changes of --event-names with the images each carries', async () => {
    // Act
    const printed = await printedEvent('dynamodb-streams', '--count', '3', '--event-names', 'INSERT,MODIFY,REMOVE');

    // Assess
    expect(
      printed.Records.map(({ eventName, dynamodb }) => [
        eventName,
        'NewImage' in (dynamodb ?? {}),
        'OldImage' in (dynamodb ?? {}),
      ]),
    ).toEqual([
      ['INSERT', true, false],
      ['MODIFY', true, true],
      ['REMOVE', false, true],
    ]);
  });

  it("keeps the DynamoDB item's own pk from --body in every record's keys and images", async () => {
    // Act
    const printed = await printedEvent(
      'dynamodb-streams',
      '--count',
      '2',
      '--body',
      '{"pk":"ORDER#7","status":"PAID"}',
    );

    // Assess
    for (const { dynamodb } of printed.Records) {
      expect(dynamodb?.Keys).toEqual({ pk: { S: 'ORDER#7' } });
      expect(dynamodb?.NewImage).toEqual({ pk: { S: 'ORDER#7' }, status: { S: 'PAID' } });
    }
  });

  it('prints the same event for the same --seed', async () => {
    // Act
    const runs = await Promise.all([blueprints('sqs', '--seed', 'fixed'), blueprints('sqs', '--seed', 'fixed')]);

    // Assess
    expect(runs[0]?.stdout).toBe(runs[1]?.stdout);
    expect(runs[0]?.stdout).not.toBe((await blueprints('sqs', '--seed', 'other')).stdout);
  });

  it.each([
    [[], 'Missing <source>. Use one of: sqs, sqs-fifo, kinesis, dynamodb-streams.'],
    [['rabbitmq'], 'Unknown source "rabbitmq". Use one of: sqs, sqs-fifo, kinesis, dynamodb-streams.'],
    [['sqs', '--count', 'ten'], '--count "ten" is not a whole number of at least 1.'],
    [['sqs', '--count', '0'], '--count "0" is not a whole number of at least 1.'],
    [['sqs', '--count', '4', '--malformed', '5'], '--malformed 5 is more than the 4 records. Pass at most 4.'],
    [['sqs', '--body', '{"id":'], '--body is not valid JSON'],
    [['sqs', '--body-file', '/no/such/body.json'], '--body-file /no/such/body.json cannot be read (ENOENT)'],
    [['sqs', '--body', '{}', '--body-file', 'b.json'], '--body and --body-file both give the payload'],
    [['sqs', '--group-ids', 'a'], '--group-ids describes sqs-fifo records: it does not apply to sqs.'],
    [
      ['dynamodb-streams', '--event-names', 'INSERT,UPSERT'],
      'Unknown --event-names item "UPSERT". Use one of: INSERT, MODIFY, REMOVE.',
    ],
    [['sqs', '--colour'], "Unknown option '--colour'"],
  ])('exits 2 for %j, saying what is wrong', async (args, message) => {
    // Act
    const { code, stdout, stderr } = await blueprints(...args);

    // Assess
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('exits 2 for a --body-file that is not JSON', async () => {
    // Prepare
    const bodyFile = join(workDirectory, 'not-json.txt');
    await writeFile(bodyFile, 'orderId=o-1');

    // Act
    const { code, stderr } = await blueprints('sqs', '--body-file', bodyFile);

    // Assess
    expect(code).toBe(2);
    expect(stderr).toContain(`--body-file ${bodyFile} is not valid JSON`);
  });
});
