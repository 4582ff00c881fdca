import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/index.js';
import {
  buildAndPack,
  installFromStore,
  lockToTarballs,
  type PackedPackage,
  useTarballs,
  workspaceStore,
} from './packed-packages.js';
import { recordingIo } from './recording-io.js';
import { environmentOutside, run, tail } from './standalone-process.js';

// Issue 9 end to end, offline: pack every package, eject every blueprint into a folder outside the repository,
// install it with the tarballs in place of the registry versions, then run what its user would run. The install reads
// a lockfile derived from the workspace's, so it needs no registry metadata: it runs --offline with an empty metadata
// cache, as on a machine whose store was filled by `pnpm install --frozen-lockfile` alone.
const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const blueprints = readdirSync(join(repositoryRoot, 'blueprints')).sort();
const minutes = 60_000;

let work = '';
let store = '';
let packed: PackedPackage[] = [];
const project = (blueprint: string) => join(work, `ejected-${blueprint}`);

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'blueprints-eject-e2e-'));
  store = await workspaceStore(repositoryRoot);
  packed = await buildAndPack(repositoryRoot, join(work, 'packs'));
  for (const blueprint of blueprints) {
    const source = join('blueprints', blueprint);
    const io = recordingIo();
    const code = await runCli(['eject', join(repositoryRoot, source), project(blueprint)], io);
    if (code !== 0) throw new Error(`eject ${blueprint} exited ${code}: ${io.err()}`);
    await useTarballs(project(blueprint), packed);
    // Its registry dependencies as the blueprint locked them; the tools the root provided as the root locked them.
    await lockToTarballs(project(blueprint), packed, repositoryRoot, [source, '.']);
  }
}, 10 * minutes);

afterAll(async () => {
  if (work !== '') await rm(work, { recursive: true, force: true });
});

/** Two projects at a time: two cores, shared with the rest of `pnpm test`. */
function twoAtATime() {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (running >= 2) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await work();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}
const slot = twoAtATime();

/** The project's files as written by eject, without what installing, building and synthesizing add. */
function projectFiles(directory: string, prefix = ''): string[] {
  return readdirSync(join(directory, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = join(prefix, entry.name);
    if (['node_modules', 'dist', 'cdk.out'].includes(entry.name)) return [];
    return entry.isDirectory() ? projectFiles(directory, path) : [path];
  });
}

const importEveryPackage = `
const resolved = {};
for (const name of JSON.parse(process.argv[1])) {
  const exports = await import(name);
  if (Object.keys(exports).length === 0) throw new Error(name + ' exports nothing');
  resolved[name] = import.meta.resolve(name);
}
console.log(JSON.stringify(resolved));
`;

describe('the packed packages', () => {
  it('are publint-clean, with versions in place of workspace:* and no source condition', async () => {
    // Act
    const reports = await Promise.all(
      packed.map(async ({ name, tarball }) => {
        const bytes = await readFile(tarball);
        const { messages, pkg } = await publint({
          pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
          strict: true,
        });
        return { name, messages: messages.map((message) => formatMessage(message, pkg, { color: false })), pkg };
      }),
    );

    // Assess
    expect(reports.map(({ name }) => name)).toHaveLength(5);
    for (const { name, messages, pkg } of reports) {
      expect(messages, name).toEqual([]);
      expect(JSON.stringify(pkg), name).not.toContain('workspace:');
      expect(JSON.stringify(pkg.exports), name).not.toContain('@lambda-blueprints/source');
    }
  });
});

describe('each blueprint, ejected outside the repository', () => {
  it.each(blueprints)('%s holds nothing that points back into the repository', (blueprint) => {
    // Act
    const mentioning = projectFiles(project(blueprint)).filter((path) =>
      readFileSync(join(project(blueprint), path), 'utf8').includes(repositoryRoot),
    );

    // Assess
    expect(relative(repositoryRoot, project(blueprint)).startsWith('..')).toBe(true);
    expect(mentioning).toEqual([]);
  });

  it.concurrent.for(blueprints)(
    '%s installs offline from the tarballs, imports them, and runs typecheck, lint, test, synth, check-permissions, invoke, simulate',
    { timeout: 20 * minutes },
    (blueprint, { expect }) =>
      slot(async () => {
        // Prepare
        const cwd = project(blueprint);
        const env = environmentOutside(repositoryRoot);
        const cache = join(work, 'pnpm-cache', blueprint);
        await mkdir(cache, { recursive: true });
        const install = await installFromStore(cwd, env, { store, cache });
        expect(install.code, `pnpm install failed:\n${tail(install.output)}`).toBe(0);
        expect(readdirSync(cache).filter((entry) => entry.startsWith('metadata'))).toEqual([]);

        // Act
        const imported = await run(
          process.execPath,
          ['--input-type=module', '--eval', importEveryPackage, JSON.stringify(packed.map(({ name }) => name))],
          { cwd, env },
        );
        const scripts: [string, Awaited<ReturnType<typeof run>>][] = [];
        for (const script of ['typecheck', 'lint', 'test', 'synth', 'check-permissions', 'invoke', 'simulate']) {
          scripts.push([script, await run('pnpm', ['run', script], { cwd, env })]);
        }

        // Assess
        expect(imported.code, `importing the packages failed:\n${tail(imported.output)}`).toBe(0);
        const resolved: Record<string, string> = JSON.parse(imported.output);
        for (const url of Object.values(resolved)) {
          const path = fileURLToPath(url);
          expect(relative(join(cwd, 'node_modules'), path).startsWith('..'), path).toBe(false);
          expect(path).toMatch(/\/dist\/index\.js$/);
        }
        for (const [script, result] of scripts) {
          expect(result.code, `pnpm run ${script} failed in ${cwd}:\n${tail(result.output)}`).toBe(0);
        }
      }),
  );
});
