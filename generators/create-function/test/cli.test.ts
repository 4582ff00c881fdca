import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARNS } from './support/answers-factory.js';
import { runBin } from './support/bin-process.js';
import { copyWorkspace, type WorkspaceCopy } from './support/workspace-copy.js';
import { type WorkspaceState, workspaceState } from './support/workspace-state.js';

let workspace: WorkspaceCopy;
let before: WorkspaceState;

beforeAll(() => {
  // A copy of the workspace's files (not linked: nothing here gets far enough to need it), with one function taken.
  workspace = copyWorkspace({ install: false });
  mkdirSync(join(workspace.root, 'functions', 'taken'));
  before = workspaceState(workspace.root);
});

afterAll(() => workspace.remove());

const valid = ['--name', 'orders', '--blueprint', 'sqs', '--yes'];

describe('pnpm create-function with bad input', () => {
  it.each([
    [
      'a name that is not kebab-case',
      ['--name', 'Orders', '--blueprint', 'sqs', '--yes'],
      '--name "Orders" is not kebab-case',
    ],
    ['a reserved name', ['--name', 'zod', '--blueprint', 'sqs', '--yes'], '--name "zod" is reserved'],
    [
      'a name too long for Lambda',
      ['--name', `o-${'x'.repeat(63)}`, '--blueprint', 'sqs', '--yes'],
      'takes at most 64',
    ],
    ['a name that exists', ['--name', 'taken', '--blueprint', 'sqs', '--yes'], 'never overwrites'],
    [
      'an unknown blueprint',
      ['--name', 'orders', '--blueprint', 'kafka', '--yes'],
      'Use one of: dynamodb-streams, kinesis, sqs, sqs-fifo',
    ],
    [
      'an unknown template',
      [...valid, '--with', 'xray,admin'],
      'Unknown --with "admin". Use none, or one or more of: xray',
    ],
    [
      'a batching window on FIFO',
      ['--name', 'orders', '--blueprint', 'sqs-fifo', '--batching-window', '5', '--yes'],
      'FIFO queues take no batching window',
    ],
    [
      'a batch size over the limit',
      [...valid, '--batch-size', '11'],
      '--batch-size is 11 but must be between 1 and 10 messages',
    ],
    ['enhanced fan-out on SQS', [...valid, '--with', 'fan-out'], 'reads Kinesis streams only'],
    [
      'a malformed ARN',
      [...valid, '--source-arn', 'arn:aws:sqs:eu-west-1:orders'],
      '--source-arn "arn:aws:sqs:eu-west-1:orders" is not an SQS standard queue ARN',
    ],
    ['an unknown flag', [...valid, '--tracing'], "Unknown option '--tracing'"],
  ])('refuses %s with exit code 2 and writes nothing', async (_case, args, message) => {
    // Act
    const run = await runBin(workspace.root, args);

    // Assess
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(workspaceState(workspace.root)).toEqual(before);
  });

  it.each([
    [['--blueprint', 'sqs', '--yes'], '--name'],
    [['--name', 'orders', '--yes'], '--blueprint'],
    [['--name', 'orders', '--blueprint', 'sqs'], '--yes'],
    [['--name', 'orders', '--blueprint', 'sqs', '--source', 'existing', '--yes'], '--source-arn'],
    [['--name', 'orders', '--blueprint', 'sqs', '--with', 'vpc', '--yes'], '--vpc-id'],
  ])('without a terminal, names the missing flag of %o (exit code 2) instead of asking', async (args, flag) => {
    // Act
    const run = await runBin(workspace.root, args);

    // Assess
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Missing ${flag}:`);
    expect(workspaceState(workspace.root)).toEqual(before);
  });
});

describe('pnpm create-function --dry-run', () => {
  it('prints the files and the role it would write, and writes nothing', async () => {
    // Act
    const run = await runBin(workspace.root, [
      '--name',
      'orders',
      '--blueprint',
      'sqs',
      '--with',
      'xray,dynamodb-write',
      '--source-arn',
      ARNS.queue,
      '--dry-run',
    ]);

    // Assess
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Dry run: nothing written.');
    expect(run.stdout).toContain('functions/orders/src/sinks/dynamodb-write.ts');
    expect(run.stdout).toContain('functions/orders/infra/role.ts');
    expect(run.stdout).toContain('Role (infra/role.ts: basic-execution, sqs-poll, xray-write, dynamodb-write)');
    expect(run.stdout).toContain(`"${ARNS.queue}"`);
    expect(run.stdout).toContain('"dynamodb:PutItem"');
    expect(workspaceState(workspace.root)).toEqual(before);
  });
});

describe('pnpm create-function --help', () => {
  it('lists the flags and exits 0', async () => {
    // Act
    const run = await runBin(workspace.root, ['--help']);

    // Assess
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--with <a,b,...>');
    expect(run.stdout).toContain('sqs-fifo: ');
  });
});
