import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { type PublishedPackage, publishedPackages } from '../src/eject/published-packages.js';
import { lockfileText, parseLockfile } from './pnpm-lockfile.js';
import { environmentOutside, type ProcessResult, run, tail } from './standalone-process.js';
import { type LockableManifest, tarballLockfile } from './tarball-lockfile.js';

export interface PackedPackage extends PublishedPackage {
  /** The tarball `pnpm pack` wrote, as the registry would serve it. */
  tarball: string;
  /** Integrity of the tarball's bytes (`sha512-<base64>`), as a lockfile records it. */
  integrity: string;
  /** The package.json inside the tarball: versions in place of workspace:*, publishConfig applied. */
  manifest: LockableManifest;
}

/** The package.json that `pnpm pack` put in a tarball. */
async function packedManifest(tarball: string): Promise<LockableManifest> {
  const { stdout } = await promisify(execFile)('tar', ['-xzOf', tarball, 'package/package.json']);
  return JSON.parse(stdout) as LockableManifest;
}

const integrityOf = (bytes: Buffer): string => `sha512-${createHash('sha512').update(bytes).digest('base64')}`;

/**
 * Builds every published package (turbo: cached when `pnpm test` built them already) and packs each into
 * `destination` with `pnpm pack`, which applies publishConfig and turns workspace:* into the version.
 */
export async function buildAndPack(repositoryRoot: string, destination: string): Promise<PackedPackage[]> {
  const packages = await publishedPackages(repositoryRoot);
  // The repository's own turbo and pnpm, without the variables of a turbo task this test may be running in.
  const environment = { ...environmentOutside(repositoryRoot), PATH: process.env.PATH };
  const filters = packages.map(({ name }) => `--filter=${name}`);
  const build = await run('pnpm', ['turbo', 'run', 'build', '--output-logs=errors-only', ...filters], {
    cwd: repositoryRoot,
    env: environment,
  });
  if (build.code !== 0) throw new Error(`Building the packages failed:\n${tail(build.output)}`);
  await mkdir(destination, { recursive: true });
  const packed: PackedPackage[] = [];
  for (const published of packages) {
    const pack = await run('pnpm', ['pack', '--pack-destination', destination], {
      cwd: published.directory,
      env: environment,
    });
    const tarball = join(destination, `${published.name.slice(1).replace('/', '-')}-${published.version}.tgz`);
    if (pack.code !== 0 || !existsSync(tarball))
      throw new Error(`Packing ${published.name} failed:\n${tail(pack.output)}`);
    packed.push({
      ...published,
      tarball,
      integrity: integrityOf(await readFile(tarball)),
      manifest: await packedManifest(tarball),
    });
  }
  return packed;
}

/**
 * Makes the project install each packed package from its tarball instead of the registry, which does not have these
 * versions yet: `pnpm.overrides` in its package.json (for direct and transitive dependencies alike).
 */
export async function useTarballs(project: string, packed: readonly PackedPackage[]): Promise<void> {
  const manifestFile = join(project, 'package.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
  const overrides = Object.fromEntries(packed.map(({ name, tarball }) => [name, `file:${tarball}`]));
  manifest.pnpm = { ...manifest.pnpm, overrides };
  await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * Writes the project's pnpm-lock.yaml from the workspace's (see tarballLockfile), with the packed packages as local
 * tarballs. `lockedBy` are the workspace importers whose versions the project's registry dependencies take: the one it
 * was ejected from, then the root (which provided its tools). Test support only: a real user's project resolves the
 * published packages from the registry, where these local integrities would not match.
 */
export async function lockToTarballs(
  project: string,
  packed: readonly PackedPackage[],
  repositoryRoot: string,
  lockedBy: readonly string[],
): Promise<void> {
  const workspace = parseLockfile(await readFile(join(repositoryRoot, 'pnpm-lock.yaml'), 'utf8'));
  const manifest = JSON.parse(await readFile(join(project, 'package.json'), 'utf8')) as LockableManifest;
  const tarballs = packed.map(({ name, tarball, integrity, manifest, directory }) => ({
    name,
    path: tarball,
    integrity,
    manifest,
    importer: relative(repositoryRoot, directory),
  }));
  const lockfile = tarballLockfile(workspace, { directory: project, manifest, lockedBy }, tarballs);
  await writeFile(join(project, 'pnpm-lock.yaml'), lockfileText(lockfile));
}

/** The content-addressed store the workspace's `pnpm install` filled. */
export async function workspaceStore(repositoryRoot: string): Promise<string> {
  const store = await run('pnpm', ['store', 'path'], { cwd: repositoryRoot, env: environmentOutside(repositoryRoot) });
  if (store.code !== 0) throw new Error(`pnpm store path failed:\n${tail(store.output)}`);
  return store.output.trim();
}

export interface StoreInstallOptions {
  /** The store that holds every package of the lockfile (see workspaceStore). */
  store: string;
  /** A new, empty folder for pnpm's metadata cache: the install must not need registry metadata. */
  cache: string;
}

/**
 * `pnpm install --frozen-lockfile --offline` from the store, with the lockfile lockToTarballs wrote, an empty metadata
 * cache, and a registry on a closed loopback port: a request for anything would fail rather than reach the internet.
 * No hoisting: each package sees only what it declares.
 */
export function installFromStore(
  project: string,
  env: NodeJS.ProcessEnv,
  options: StoreInstallOptions,
): Promise<ProcessResult> {
  const install = [
    'install',
    '--frozen-lockfile',
    '--offline',
    '--config.hoist=false',
    `--config.store-dir=${options.store}`,
    `--config.cache-dir=${options.cache}`,
    '--config.registry=http://127.0.0.1:9/',
  ];
  return run('pnpm', install, { cwd: project, env });
}
