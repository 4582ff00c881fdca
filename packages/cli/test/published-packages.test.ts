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

/** Each published entry point (`.`, `./testing`, ...) with the source module its workspace condition points at. */
const entryPoints = published.flatMap(({ folder, manifest }) =>
  Object.entries(manifest.exports ?? {}).map(([subpath, conditions]) => ({
    folder,
    specifier: subpath === '.' ? manifest.name : `${manifest.name}${subpath.slice(1)}`,
    source: join(packagesFolder, folder, conditions['@lambda-blueprints/source'] ?? ''),
  })),
);

// A fence may be indented (a code block inside a list item).
const fencedBlock = /^[ \t]*```[^\n]*\n([\s\S]*?)^[ \t]*```/gm;

/**
 * The names a README shows as code: an inline code span that is the name itself or starts its signature
 * (`` `name` ``, `` `name(options)` ``, `` `name<T>` ``), or inside a fenced block a call or signature (`name(`,
 * `name<`) or the declaration of a constant or class (`const name: Type`). Merely importing a name is not showing it.
 */
const namesShownAsCode = (readme: string): Set<string> => {
  const names = new Set<string>();
  const prose = readme.replace(fencedBlock, (_block, code: string) => {
    for (const [, declared, called] of code.matchAll(
      /\b(?:const|class)\s+([A-Za-z_$][\w$]*)|([A-Za-z_$][\w$]*)[(<]/g,
    )) {
      names.add(declared ?? called ?? '');
    }
    return '';
  });
  // A code span may wrap onto the next line of its paragraph, as Markdown allows.
  for (const [, span] of prose.matchAll(/`([^`]+)`/g)) {
    const leading = /^(?:new\s+)?([A-Za-z_$][\w$]*)(?:$|[(<])/.exec(span?.trim() ?? '');
    if (leading?.[1] !== undefined) names.add(leading[1]);
  }
  return names;
};

const readmeAdvice = 'Explain each one there as `name`, or show it in a code block (`name(` or `const name`).';

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

  it.each(entryPoints)(
    '$specifier has every value it exports named as code in its README',
    async ({ folder, source }) => {
      // Prepare
      const readmePath = join(packagesFolder, folder, 'README.md');
      const documented = namesShownAsCode(readFileSync(readmePath, 'utf8'));

      // Act
      // Only value exports exist at run time; exported types and interfaces cannot be enumerated this way.
      const exported = Object.keys(await import(source));
      const missing = exported.filter((name) => !documented.has(name));

      // Assess
      expect(exported.length).toBeGreaterThan(0);
      expect(
        missing,
        `${readmePath} does not name these exports as code: ${missing.join(', ')}. ${readmeAdvice}`,
      ).toEqual([]);
    },
  );
});
