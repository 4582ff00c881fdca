import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockUnlockedFunctions } from '../src/function-locking.js';
import { lockfile } from './support/lockfile-fixture.js';

const zodBlock = ['dependencies:', '  zod:', '    specifier: 4.6.7', '    version: 4.6.7'];

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A workspace with the lock file given and a package.json per function. */
function workspace(lockText: string, functions: Record<string, Record<string, unknown>>): string {
  const root = mkdtempSync(join(tmpdir(), 'function-locking-'));
  roots.push(root);
  writeFileSync(join(root, 'pnpm-lock.yaml'), lockText);
  for (const [name, manifest] of Object.entries(functions)) {
    mkdirSync(join(root, 'functions', name), { recursive: true });
    writeFileSync(join(root, 'functions', name, 'package.json'), JSON.stringify({ name, ...manifest }));
  }
  return root;
}

const lockOf = (root: string): string => readFileSync(join(root, 'pnpm-lock.yaml'), 'utf8');

describe('lockUnlockedFunctions', () => {
  it('adds an importer for every function the lock file lacks, and keeps those it has', () => {
    // Prepare
    const root = workspace(
      lockfile([
        ['blueprints/sqs', zodBlock],
        ['functions/linked', zodBlock],
      ]),
      { linked: { dependencies: { zod: '4.6.7' } }, orders: { dependencies: { zod: '4.6.7' } }, audit: {} },
    );

    // Act
    const locked = lockUnlockedFunctions(root);

    // Assess
    expect(locked).toBe(true);
    expect(lockOf(root)).toBe(
      lockfile([
        ['blueprints/sqs', zodBlock],
        ['functions/audit', []],
        ['functions/linked', zodBlock],
        ['functions/orders', zodBlock],
      ]).replace('  functions/audit:\n', '  functions/audit: {}\n'),
    );
  });

  it('leaves the lock file untouched and returns false when a function depends on what nothing locks', () => {
    // Prepare
    const before = lockfile([['blueprints/sqs', zodBlock]]);
    const root = workspace(before, {
      orders: { dependencies: { zod: '4.6.7' } },
      unknown: { dependencies: { 'left-pad': '1.3.0' } },
    });

    // Act
    const locked = lockUnlockedFunctions(root);

    // Assess
    expect(locked).toBe(false);
    expect(lockOf(root)).toBe(before);
  });

  it('changes nothing in a workspace without functions', () => {
    // Prepare
    const before = lockfile([['blueprints/sqs', zodBlock]]);
    const root = workspace(before, {});

    // Act + Assess
    expect(lockUnlockedFunctions(root)).toBe(true);
    expect(lockOf(root)).toBe(before);
  });
});
