import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packagesFolder = fileURLToPath(new URL('../../', import.meta.url));

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  type?: string;
  license?: string;
  types?: string;
  files?: string[];
  bin?: Record<string, string>;
  engines?: { node?: string };
  exports?: Record<string, Record<string, string>>;
  publishConfig?: { exports?: Record<string, Record<string, string>> };
}

const published = readdirSync(packagesFolder)
  .filter((folder) => existsSync(join(packagesFolder, folder, 'package.json')))
  .map((folder) => ({
    folder,
    manifest: JSON.parse(readFileSync(join(packagesFolder, folder, 'package.json'), 'utf8')) as Manifest,
  }))
  .filter(({ manifest }) => manifest.private !== true);

const withoutSourceCondition = (exports: Record<string, Record<string, string>> = {}) =>
  Object.fromEntries(
    Object.entries(exports).map(([path, conditions]) => {
      const { '@lambda-blueprints/source': _source, ...rest } = conditions;
      return [path, rest];
    }),
  );

describe('the published packages', () => {
  it('are the five libraries, all at one version', () => {
    // Act
    const versions = new Set(published.map(({ manifest }) => manifest.version));

    // Assess
    expect(published.map(({ manifest }) => manifest.name).sort()).toEqual([
      '@lambda-blueprints/cdk',
      '@lambda-blueprints/cli',
      '@lambda-blueprints/role-templates',
      '@lambda-blueprints/runtime',
      '@lambda-blueprints/testing',
    ]);
    expect([...versions]).toHaveLength(1);
  });

  it.each(published)(
    '$manifest.name publishes the exports of the workspace without the source condition',
    ({ manifest }) => {
      // Act
      const publishedExports = manifest.publishConfig?.exports;

      // Assess
      expect(publishedExports).toEqual(withoutSourceCondition(manifest.exports));
      expect(Object.values(publishedExports ?? {}).every((conditions) => Object.keys(conditions)[0] === 'types')).toBe(
        true,
      );
    },
  );

  it.each(published)(
    '$manifest.name is ESM with types, an engine, MIT and its LICENSE and README',
    ({ folder, manifest }) => {
      // Assess
      expect(manifest).toMatchObject({ type: 'module', license: 'MIT', types: './dist/index.d.ts' });
      expect(manifest.engines?.node).toMatch(/^>=20/);
      // A package with commands ships their launchers too, committed under bin/ so pnpm can link them unbuilt.
      const launchers = Object.values(manifest.bin ?? {});
      expect(manifest.files).toEqual([...(launchers.length > 0 ? ['bin'] : []), 'dist', 'src', 'README.md', 'LICENSE']);
      for (const launcher of launchers) {
        expect(launcher).toMatch(/^\.\/bin\//);
        expect(existsSync(join(packagesFolder, folder, launcher)), launcher).toBe(true);
      }
      expect(readFileSync(join(packagesFolder, folder, 'LICENSE'), 'utf8')).toContain('MIT License');
      expect(existsSync(join(packagesFolder, folder, 'README.md'))).toBe(true);
    },
  );
});
