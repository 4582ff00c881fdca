import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runBin } from './support/bin-process.js';
import { copyWorkspace, type WorkspaceCopy } from './support/workspace-copy.js';

let workspace: WorkspaceCopy;
const originalPath = process.env.PATH;

beforeAll(() => {
  workspace = copyWorkspace({ install: false });
});

afterAll(() => workspace.remove());

afterEach(() => {
  process.env.PATH = originalPath;
});

/** Puts a `pnpm` first on PATH that logs each command and succeeds, except a synth, which fails as a broken app would. */
function recordingPnpmOnPath(): { commands: () => string[] } {
  const bin = mkdtempSync(join(tmpdir(), 'recording-pnpm-'));
  const log = join(bin, 'commands.log');
  const script = [
    '#!/bin/sh',
    `echo "$*" >> "${log}"`,
    'case "$*" in *synth*) echo "the CDK app threw: No stack named OrdersStack" >&2; exit 1;; esac',
    'exit 0',
  ].join('\n');
  writeFileSync(join(bin, 'pnpm'), script);
  chmodSync(join(bin, 'pnpm'), 0o755);
  process.env.PATH = `${bin}:${originalPath}`;
  return { commands: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []) };
}

const scaffold = (name: string, ...extra: string[]) => ['--name', name, '--blueprint', 'sqs', '--yes', ...extra];

describe('the checks after linking', () => {
  it('synthesizes the new function, and on failure exits 1, keeps it and says what to re-run', async () => {
    // Prepare
    const pnpm = recordingPnpmOnPath();

    // Act
    const run = await runBin(workspace.root, scaffold('orders-checked'));

    // Assess
    expect(run.code).toBe(1);
    expect(pnpm.commands().filter((command) => command.startsWith('run synth --output '))).toHaveLength(1);
    expect(run.stderr).toContain('SynthFailedError');
    expect(run.stderr).toContain('No stack named OrdersStack');
    expect(run.stderr).toContain('`pnpm --filter orders-checked check-permissions`');
    expect(existsSync(join(workspace.root, 'functions', 'orders-checked', 'infra', 'role.ts'))).toBe(true);
  });

  it('skips the synth and the permission check with --skip-checks', async () => {
    // Prepare
    const pnpm = recordingPnpmOnPath();

    // Act
    const run = await runBin(workspace.root, scaffold('orders-unchecked', '--skip-checks'));

    // Assess
    expect(run.code).toBe(0);
    expect(pnpm.commands().some((command) => command.startsWith('install '))).toBe(true);
    expect(pnpm.commands().filter((command) => command.includes('synth'))).toEqual([]);
    expect(run.stdout).not.toContain('Checking its permissions');
  });
});
