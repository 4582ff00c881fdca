import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/index.js';
import { invocationDirectory } from '../src/invocation-directory.js';
import { fixturePackage, writeFixturePackage } from './fixture-package.js';
import { functionStackTemplate } from './function-stack-template.js';
import { handlerSource } from './handler-source.js';
import { recordingIo } from './recording-io.js';

const putItemHandler = handlerSource(
  ["import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';"],
  ["await new DynamoDBClient({}).send(new PutItemCommand({ TableName: 't', Item: {} }));"],
);
const quietHandler = handlerSource([], ['return { batchItemFailures: [] };']);

async function blueprints(...args: string[]) {
  const io = recordingIo();
  const code = await runCli(['check-permissions', ...args], io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('blueprints check-permissions', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function fixture(handler: string, template = functionStackTemplate()) {
    const created = await fixturePackage({ handler, template });
    cleanups.push(created.remove);
    return created.directory;
  }

  it('exits 0 and says what it checked when the role fits the code', async () => {
    // Prepare
    const directory = await fixture(
      putItemHandler,
      functionStackTemplate({ sinks: [{ id: 'orders', kind: 'dynamodb-write' }] }),
    );

    // Act
    const { code, stdout, stderr } = await blueprints(directory);

    // Assess
    expect(code).toBe(0);
    expect(stdout).toContain(
      'OrdersFunction (cdk.out/FixtureStack.template.json): passed: the role allows the 1 action(s) the code sends (dynamodb:PutItem)',
    );
    expect(stderr).toBe('');
  });

  it('exits 1 naming the command, its file and line, and the template that grants it', async () => {
    // Prepare
    const directory = await fixture(putItemHandler);

    // Act
    const { code, stdout, stderr } = await blueprints(directory);

    // Assess
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('error [missing] The code sends dynamodb:PutItem (PutItemCommand at src/handler.ts:4)');
    expect(stderr).toContain("{ template: 'dynamodb-write', on: 'sink:<name>' }");
    expect(stderr).toContain('1 error(s) in 1 of 1 package(s).');
  });

  it('warns about unused grants and passes, and fails on them with --strict', async () => {
    // Prepare
    const directory = await fixture(
      quietHandler,
      functionStackTemplate({ sinks: [{ id: 'orders', kind: 'dynamodb-write' }] }),
    );

    // Act
    const lenient = await blueprints(directory);
    const strict = await blueprints('--strict', directory);

    // Assess
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain(
      'warning [unused] Statement 1 (dynamodb:PutItem on arn:aws:dynamodb:us-east-1:123456789012:table/orders)',
    );
    expect(lenient.stdout).toContain('(1 warning(s) above)');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('error [unused] Statement 1 (dynamodb:PutItem');
  });

  it('exits 2 asking for a synth when the package was never synthesized', async () => {
    // Prepare
    const created = await fixturePackage({ handler: quietHandler, template: null, name: '@acme/orders' });
    cleanups.push(created.remove);

    // Act
    const { code, stderr } = await blueprints(created.directory);

    // Assess
    expect(code).toBe(2);
    expect(stderr).toContain('run `pnpm --filter @acme/orders synth` first');
  });

  it('exits 2 for a folder that is not a function package, and for an unknown flag', async () => {
    // Prepare
    const empty = await mkdtemp(join(tmpdir(), 'blueprints-not-a-package-'));
    cleanups.push(() => rm(empty, { recursive: true, force: true }));

    // Act
    const notAPackage = await blueprints(empty);
    const unknownFlag = await blueprints('--fix');

    // Assess
    expect(notAPackage).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('is not a function package: it has no package.json'),
    });
    expect(unknownFlag).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--fix'") });
  });

  it('reads the synthesized templates from --cdk-out', async () => {
    // Prepare
    const created = await fixturePackage({ handler: quietHandler, template: null });
    cleanups.push(created.remove);
    await mkdir(join(created.directory, 'build'));
    await writeFile(join(created.directory, 'build', 'Stack.template.json'), JSON.stringify(functionStackTemplate()));

    // Act
    const { code, stdout } = await blueprints('--cdk-out', 'build', created.directory);

    // Assess
    expect(code).toBe(0);
    expect(stdout).toContain(`OrdersFunction (${join('build', 'Stack.template.json')}): passed`);
  });

  it('checks every blueprint and function of the workspace when given no folder', async () => {
    // Prepare
    const root = await mkdtemp(join(tmpdir(), 'blueprints-workspace-'));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    await writeFile(join(root, 'pnpm-workspace.yaml'), 'packages: [blueprints/*, functions/*]\n');
    await writeFixturePackage(join(root, 'blueprints', 'sqs'), { handler: quietHandler, name: 'blueprint-sqs' });
    await writeFixturePackage(join(root, 'functions', 'orders'), { handler: putItemHandler, name: 'orders' });

    // Act
    const { code, stdout, stderr } = await blueprints('--root', root);

    // Assess
    expect(code).toBe(1);
    expect(stdout).toContain(`${relative(invocationDirectory(), join(root, 'blueprints', 'sqs'))}: OrdersFunction`);
    expect(stderr).toContain(`${relative(invocationDirectory(), join(root, 'functions', 'orders'))}: OrdersFunction`);
    expect(stderr).toContain('1 error(s) in 1 of 2 package(s).');
  });

  it('resolves a relative folder against the directory pnpm was started in (INIT_CWD)', async () => {
    // Prepare
    const directory = await fixture(quietHandler);
    const previous = process.env.INIT_CWD;
    process.env.INIT_CWD = directory;
    cleanups.push(async () => {
      if (previous === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = previous;
    });

    // Act
    const { code, stdout } = await blueprints('.');

    // Assess
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\.: OrdersFunction \(cdk\.out\/FixtureStack\.template\.json\): passed/);
  });

  it('documents the rules, the flags and the exit codes in --help', async () => {
    // Act
    const { code, stdout } = await blueprints('--help');

    // Assess
    expect(code).toBe(0);
    for (const text of ['missing', 'unused', 'wildcard', 'unknown', '--strict', '--cdk-out', '--root', 'Exit codes']) {
      expect(stdout).toContain(text);
    }
  });
});
