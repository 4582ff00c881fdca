import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fakeRefOf, generateEvent } from '@lambda-blueprints/testing';
import { describe, expect, it } from 'vitest';
import { invokeCommand, runCli } from '../src/index.js';
import { bundles, localFunctionTemplate, useLocalFunctionFixtures } from './local-function-fixture.js';
import { recordingIo } from './recording-io.js';

async function blueprints(...args: string[]) {
  const io = recordingIo();
  const code = await runCli(['invoke', ...args], io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** Echo bundle's response: what the function saw. */
interface Echo {
  functionName: string;
  memoryLimitInMB: string;
  remainingMs: number;
  requestId: string;
  queueUrl: string;
  eventSources: string[];
}

const eventFile = (records: number) => JSON.stringify(generateEvent('sqs', { count: records }));

describe('blueprints invoke', () => {
  const fixture = useLocalFunctionFixtures();

  it("runs the bundle with the template's name, memory, timeout and environment, and prints its response", async () => {
    // Prepare
    const template = localFunctionTemplate({
      function: { Timeout: 7, MemorySize: 512, Environment: { Variables: { QUEUE_URL: { Ref: 'Source' } } } },
    });
    const directory = await fixture({ bundle: bundles.echoesContext, template, files: { 'event.json': eventFile(2) } });

    // Act
    const { code, stdout, stderr } = await blueprints(directory, '--event', join(directory, 'event.json'));

    // Assess
    const echo = JSON.parse(stdout) as Echo;
    expect(code).toBe(0);
    expect(echo).toMatchObject({
      functionName: 'orders',
      memoryLimitInMB: '512',
      queueUrl: fakeRefOf(template, 'Source'),
    });
    expect(echo.remainingMs).toBeGreaterThan(6000);
    expect(echo.remainingMs).toBeLessThanOrEqual(7000);
    expect(echo.eventSources).toEqual(['aws:sqs', 'aws:sqs']);
    expect(stderr).toContain(
      `START RequestId: ${echo.requestId} Version: $LATEST\nWARN\techoing\nEND RequestId: ${echo.requestId}\n`,
    );
    expect(stderr).toMatch(
      /REPORT RequestId: \S+\tDuration: [\d.]+ ms\tMemory Size: 512 MB\tTimeout: 7 s\tFunction: orders/,
    );
  });

  it('reads the event from stdin with --event -', async () => {
    // Prepare
    const directory = await fixture({ bundle: bundles.echoesContext });
    const io = recordingIo();

    // Act
    await invokeCommand([directory, '--event', '-'], io, Readable.from([eventFile(3)]));

    // Assess
    expect((JSON.parse(io.out()) as Echo).eventSources).toHaveLength(3);
  });

  it("invokes with the first of the package's events/*.json when no event is given", async () => {
    // Prepare
    const directory = await fixture({
      bundle: bundles.echoesContext,
      files: { 'events/a-first.json': eventFile(4), 'events/b-second.json': eventFile(1) },
    });

    // Act
    const { stdout, stderr } = await blueprints(directory);

    // Assess
    expect((JSON.parse(stdout) as Echo).eventSources).toHaveLength(4);
    expect(stderr).toContain('Event: events/a-first.json (pass --event <file> for another).');
  });

  it("invokes with a generated batch of the mapping's source when the package has no sample events", async () => {
    // Prepare
    const template = localFunctionTemplate({}, { source: 'kinesis' });
    const directory = await fixture({ bundle: bundles.echoesContext, template });

    // Act
    const { stdout, stderr } = await blueprints(directory);

    // Assess
    const { eventSources } = JSON.parse(stdout) as Echo;
    expect(eventSources).toEqual(generateEvent('kinesis').Records.map((record) => record.eventSource));
    expect(stderr).toContain('Event: a generated kinesis batch (no events/*.json; pass --event <file>).');
  });

  it('exits 1 with the error Lambda would return when the function throws, after its log', async () => {
    // Prepare
    const directory = await fixture({ bundle: bundles.throwsTypeError, files: { 'event.json': eventFile(1) } });

    // Act
    const { code, stdout, stderr } = await blueprints(directory, '--event', join(directory, 'event.json'));

    // Assess
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({ errorType: 'TypeError', errorMessage: 'record 3 has no orderId' });
    expect(stderr).toContain('ERROR\tcannot read record 3\nEND RequestId');
    expect(stderr).toContain('The function threw TypeError: record 3 has no orderId.');
  });

  it('exits 1 when the function runs past its Timeout', async () => {
    // Prepare
    const template = localFunctionTemplate({ function: { Timeout: 1 } });
    const directory = await fixture({
      bundle: bundles.outlivesItsTimeout,
      template,
      files: { 'event.json': eventFile(1) },
    });

    // Act
    const { code, stdout, stderr } = await blueprints(directory, '--event', join(directory, 'event.json'));

    // Assess
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ errorType: 'Sandbox.Timedout' });
    expect(stderr).toContain('The function ran past its 1 s Timeout.');
  });

  it('runs the build script first when src/ changed since the bundle was built, saying so', async () => {
    // Prepare
    const build = `import { writeFileSync } from 'node:fs';\nwriteFileSync('dist/handler.mjs', 'export const handler = async () => ({ rebuilt: true });');\n`;
    const directory = await fixture({
      bundle: bundles.throwsTypeError,
      files: { 'build.mjs': build, 'event.json': eventFile(1) },
      scripts: { build: 'node build.mjs' },
    });
    const later = new Date(Date.now() + 60_000);
    await utimes(join(directory, 'src/handler.ts'), later, later);
    // The template must stay newer than src/: this test is about the bundle.
    const template = join(directory, 'cdk.out/FixtureStack.template.json');
    await utimes(template, later, later);

    // Act
    const { code, stdout, stderr } = await blueprints(directory, '--event', join(directory, 'event.json'));

    // Assess
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ rebuilt: true });
    expect(stderr).toContain(
      'Building dist/handler.mjs (pnpm run build): src/handler.ts changed since the last build.',
    );
  });

  it("exits 1 with the synth script's output when the template is missing and synth fails", async () => {
    // Prepare
    const directory = await fixture({
      bundle: bundles.echoesContext,
      template: null,
      scripts: { synth: 'node -e "console.error(\'Stack OrdersStack: no queue name\'); process.exit(3)"' },
    });

    // Act
    const { code, stderr } = await blueprints(directory);

    // Assess
    expect(code).toBe(1);
    expect(stderr).toContain('Synthesizing (pnpm run synth): there is no synthesized template in cdk.out yet.');
    expect(stderr).toContain(`\`pnpm run synth\` failed in ${directory} (exit code 3)`);
    expect(stderr).toContain('Stack OrdersStack: no queue name');
  });

  it('asks for --mapping when the templates have several mappings, and runs the one named', async () => {
    // Prepare
    const template = localFunctionTemplate();
    const mapping = template.Resources?.Mapping;
    if (mapping === undefined) throw new Error('The fixture template has no Mapping: fix the test.');
    const directory = await fixture({
      bundle: bundles.echoesContext,
      template: { ...template, Resources: { ...template.Resources, SecondMapping: mapping } },
      files: { 'event.json': eventFile(1) },
    });

    // Act
    const ambiguous = await blueprints(directory, '--event', join(directory, 'event.json'));
    const chosen = await blueprints(directory, '--event', join(directory, 'event.json'), '--mapping', 'SecondMapping');

    // Assess
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('2 event source mappings (Mapping, SecondMapping). Pass --mapping <logical id>');
    expect(chosen.code).toBe(0);
  });

  it.each([
    ['an event file that does not exist', 'no-such-event.json', 'cannot be read (ENOENT)'],
    ['an event file that is not JSON', 'src/handler.ts', 'is not valid JSON'],
  ])('exits 2 for %s', async (_, file, message) => {
    // Prepare
    const directory = await fixture({ bundle: bundles.echoesContext });

    // Act
    const { code, stderr } = await blueprints(directory, '--event', join(directory, file));

    // Assess
    expect(code).toBe(2);
    expect(stderr).toContain(`--event ${join(directory, file)} ${message}`);
  });

  it('exits 2 for a folder that is not a function package', async () => {
    // Prepare
    const directory = await fixture({ bundle: null });
    const notAPackage = join(directory, 'src');

    // Act
    const { code, stderr } = await blueprints(notAPackage);

    // Assess
    expect(code).toBe(2);
    expect(stderr).toContain(`${notAPackage} is not a function package: it has no package.json.`);
  });
});
