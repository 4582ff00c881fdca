import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFunction } from '../src/create-function.js';
import { FunctionExistsError, LinkFailedError } from '../src/errors.js';
import { writeThroughStaging } from '../src/function-staging.js';
import { partialAnswers } from './support/answers-factory.js';
import { recordingOutput } from './support/recording-output.js';
import { copyWorkspace, type WorkspaceCopy } from './support/workspace-copy.js';
import { workspaceState } from './support/workspace-state.js';

let workspace: WorkspaceCopy;
const originalPath = process.env.PATH;

beforeAll(() => {
  workspace = copyWorkspace({ install: false });
});

afterAll(() => workspace.remove());

afterEach(() => {
  process.env.PATH = originalPath;
});

/** Puts a `pnpm` first on PATH that changes pnpm-lock.yaml and the new function, then fails, as a broken install would. */
function failingPnpmOnPath(): void {
  const bin = mkdtempSync(join(tmpdir(), 'failing-pnpm-'));
  const script = [
    '#!/bin/sh',
    'echo "lockfileVersion: broken" >> pnpm-lock.yaml',
    'for dir in functions/*/; do mkdir -p "$dir/node_modules"; done',
    'echo "ERR_PNPM_FETCH_404 no such package" >&2',
    'exit 1',
  ].join('\n');
  writeFileSync(join(bin, 'pnpm'), script);
  chmodSync(join(bin, 'pnpm'), 0o755);
  process.env.PATH = `${bin}:${originalPath}`;
}

describe('a scaffold that fails', () => {
  it('removes the function and restores pnpm-lock.yaml byte for byte when linking fails', async () => {
    // Prepare
    const before = workspaceState(workspace.root);
    failingPnpmOnPath();

    // Act
    const scaffold = createFunction({
      workspaceRoot: workspace.root,
      answers: partialAnswers({ name: 'orders-unlinked', with: ['xray'] }),
      yes: true,
      output: recordingOutput(),
    });

    // Assess
    await expect(scaffold).rejects.toThrow(LinkFailedError);
    await expect(scaffold).rejects.toThrow('ERR_PNPM_FETCH_404');
    expect(workspaceState(workspace.root)).toEqual(before);
  });

  it('leaves neither the function nor the staging folder when writing fails halfway', async () => {
    // Prepare
    const stagingParent = join(workspace.root, 'node_modules', '.cache', 'create-function');

    // Act
    const writing = writeThroughStaging(workspace.root, 'orders-half', async (staging) => {
      mkdirSync(join(staging, 'orders-half', 'src'), { recursive: true });
      writeFileSync(join(staging, 'orders-half', 'src', 'handler.ts'), 'export {};\n');
      throw new Error('the second file could not be written');
    });

    // Assess
    await expect(writing).rejects.toThrow('the second file could not be written');
    expect(existsSync(join(workspace.root, 'functions', 'orders-half'))).toBe(false);
    expect(readdirSync(stagingParent)).toEqual([]);
  });

  it('never overwrites a function that appeared while it was being written', async () => {
    // Prepare
    const target = join(workspace.root, 'functions', 'orders-raced');

    // Act
    const writing = writeThroughStaging(workspace.root, 'orders-raced', async (staging) => {
      mkdirSync(join(staging, 'orders-raced'));
      writeFileSync(join(staging, 'orders-raced', 'package.json'), '{}\n');
      mkdirSync(target);
      writeFileSync(join(target, 'mine.txt'), 'written by someone else\n');
    });

    // Assess
    await expect(writing).rejects.toBeInstanceOf(FunctionExistsError);
    expect(readdirSync(target)).toEqual(['mine.txt']);
  });
});
