import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type DependencyManifest, lockfileWithImporters } from '../src/lockfile-importer.js';
import { lockfile } from './support/lockfile-fixture.js';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

const blueprintBlock = [
  'dependencies:',
  "  '@lambda-blueprints/runtime':",
  '    specifier: workspace:*',
  '    version: link:../../packages/runtime',
  '  zod:',
  '    specifier: 4.6.7',
  '    version: 4.6.7',
];
const workspace = lockfile([
  ['.', ['devDependencies:', '  typescript:', '    specifier: 5.9.3', '    version: 5.9.3']],
  ['blueprints/sqs', blueprintBlock],
  ['packages/runtime', ['dependencies:', '  zod:', '    specifier: 4.6.7', '    version: 4.6.7']],
]);
const blueprintManifest = { dependencies: { zod: '4.6.7', '@lambda-blueprints/runtime': 'workspace:*' } };

describe('lockfileWithImporters', () => {
  it('adds the importer in path order, locked as the blueprint is, and changes nothing else', () => {
    // Act
    const written = lockfileWithImporters(
      workspace,
      [{ path: 'functions/orders', manifest: blueprintManifest }],
      ['blueprints/sqs'],
    );

    // Assess
    expect(written).toBe(
      lockfile([
        ['.', ['devDependencies:', '  typescript:', '    specifier: 5.9.3', '    version: 5.9.3']],
        ['blueprints/sqs', blueprintBlock],
        ['functions/orders', blueprintBlock],
        ['packages/runtime', ['dependencies:', '  zod:', '    specifier: 4.6.7', '    version: 4.6.7']],
      ]),
    );
  });

  it('rebases a workspace link from the importer that locks it to the new package folder', () => {
    // Act
    const written = lockfileWithImporters(workspace, [
      { path: 'functions/team/orders', manifest: { devDependencies: { '@lambda-blueprints/runtime': 'workspace:*' } } },
    ]);

    // Assess
    expect(written).toContain(
      [
        '  functions/team/orders:',
        '    devDependencies:',
        "      '@lambda-blueprints/runtime':",
        '        specifier: workspace:*',
        '        version: link:../../../packages/runtime',
      ].join('\n'),
    );
  });

  it('appends an importer whose path sorts last at the end of the importers, before packages', () => {
    // Act
    const written = lockfileWithImporters(workspace, [
      { path: 'zones/orders', manifest: { dependencies: { zod: '4.6.7' } } },
    ]);

    // Assess
    expect(written).toContain(
      [
        '        version: 4.6.7',
        '',
        '  zones/orders:',
        '    dependencies:',
        '      zod:',
        '        specifier: 4.6.7',
        '        version: 4.6.7',
        '',
        'packages:',
      ].join('\n'),
    );
  });

  it('takes a peer-resolved version from the preferred importer first', () => {
    // Prepare
    const withPeers = lockfile([
      [
        'blueprints/a',
        ['dependencies:', '  cdk-nag:', '    specifier: 3.0.2', '    version: 3.0.2(constructs@10.1.0)'],
      ],
      [
        'blueprints/b',
        ['dependencies:', '  cdk-nag:', '    specifier: 3.0.2', '    version: 3.0.2(constructs@10.8.1)'],
      ],
    ]);

    // Act
    const written = lockfileWithImporters(
      withPeers,
      [{ path: 'functions/x', manifest: { dependencies: { 'cdk-nag': '3.0.2' } } }],
      ['blueprints/b'],
    );

    // Assess
    expect(written).toContain(
      '  functions/x:\n    dependencies:\n      cdk-nag:\n        specifier: 3.0.2\n        version: 3.0.2(constructs@10.8.1)',
    );
  });

  it('locks a name listed in several dependency fields once, as pnpm does: optional over prod over dev', () => {
    // Act
    const written = lockfileWithImporters(workspace, [
      {
        path: 'functions/x',
        manifest: {
          dependencies: { zod: '4.6.7' },
          devDependencies: { zod: '4.6.7', '@lambda-blueprints/runtime': 'workspace:*' },
          optionalDependencies: { '@lambda-blueprints/runtime': 'workspace:*' },
        },
      },
    ]);

    // Assess
    expect(written).toContain(
      [
        '  functions/x:',
        '    dependencies:',
        '      zod:',
        '        specifier: 4.6.7',
        '        version: 4.6.7',
        '    optionalDependencies:',
        "      '@lambda-blueprints/runtime':",
        '        specifier: workspace:*',
        '        version: link:../../packages/runtime',
        '',
      ].join('\n'),
    );
  });

  it('adds several importers in one pass, each where pnpm puts it, and keeps those the lock file has as they are', () => {
    // Act
    const written = lockfileWithImporters(workspace, [
      { path: 'zones/orders', manifest: { dependencies: { zod: '4.6.7' } } },
      { path: 'blueprints/sqs', manifest: { dependencies: { 'left-pad': '1.3.0' } } },
      { path: 'functions/orders', manifest: blueprintManifest },
    ]);

    // Assess
    expect(written).toBe(
      lockfile([
        ['.', ['devDependencies:', '  typescript:', '    specifier: 5.9.3', '    version: 5.9.3']],
        ['blueprints/sqs', blueprintBlock],
        ['functions/orders', blueprintBlock],
        ['packages/runtime', ['dependencies:', '  zod:', '    specifier: 4.6.7', '    version: 4.6.7']],
        ['zones/orders', ['dependencies:', '  zod:', '    specifier: 4.6.7', '    version: 4.6.7']],
      ]),
    );
  });

  it.each<{ case: string; path: string; manifest: DependencyManifest }>([
    { case: 'a specifier no importer locks', path: 'functions/x', manifest: { dependencies: { zod: '4.7.0' } } },
    { case: 'a dependency no importer has', path: 'functions/x', manifest: { dependencies: { left: '1.0.0' } } },
  ])('leaves resolving to pnpm (undefined) for $case', ({ path, manifest }) => {
    // Act + Assess
    expect(lockfileWithImporters(workspace, [{ path, manifest }])).toBeUndefined();
  });

  it.each(readdirSync(join(repositoryRoot, 'blueprints')).sort())(
    "writes blueprints/%s's importer back exactly as pnpm wrote it into this repository's lock file",
    (blueprint) => {
      // Prepare: the real lock file without the blueprint's importer block.
      const real = readFileSync(join(repositoryRoot, 'pnpm-lock.yaml'), 'utf8');
      const path = `blueprints/${blueprint}`;
      const lines = real.split('\n');
      const start = lines.indexOf(`  ${path}:`);
      const end = lines.findIndex((line, index) => index > start && /^ {0,2}\S/.test(line));
      const without = [...lines.slice(0, start - 1), ...lines.slice(end - 1)].join('\n');
      const manifest = JSON.parse(readFileSync(join(repositoryRoot, path, 'package.json'), 'utf8'));

      // Act
      const written = lockfileWithImporters(without, [{ path, manifest }]);

      // Assess
      expect(start).toBeGreaterThan(0);
      expect(written).toBe(real);
    },
  );
});
