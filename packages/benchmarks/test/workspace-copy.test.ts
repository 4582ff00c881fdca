import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { installFromStore, UnlockableFunctionError } from '../src/index.js';

const root = mkdtempSync(join(tmpdir(), 'bench-workspace-copy-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('installFromStore', () => {
  it('refuses, before running pnpm and with the lock file untouched, a function that only the registry could link', () => {
    // Prepare: a lock file whose one importer locks zod 4.6.7, and a function asking for a zod no importer locks.
    const lockText = [
      "lockfileVersion: '9.0'",
      '',
      'importers:',
      '',
      '  .:',
      '    dependencies:',
      '      zod:',
      '        specifier: 4.6.7',
      '        version: 4.6.7',
      '',
    ].join('\n');
    writeFileSync(join(root, 'pnpm-lock.yaml'), lockText);
    mkdirSync(join(root, 'functions', 'orders'), { recursive: true });
    writeFileSync(
      join(root, 'functions', 'orders', 'package.json'),
      JSON.stringify({ name: 'orders', dependencies: { zod: '4.7.0' } }),
    );

    // Act
    const install = () => installFromStore(root);

    // Assess
    expect(install).toThrow(UnlockableFunctionError);
    expect(install).toThrow(/linking it would need the registry/);
    expect(readFileSync(join(root, 'pnpm-lock.yaml'), 'utf8')).toBe(lockText);
  });
});
