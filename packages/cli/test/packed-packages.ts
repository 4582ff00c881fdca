import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type PublishedPackage, publishedPackages } from '../src/eject/published-packages.js';
import { environmentOutside, type ProcessResult, run, tail } from './standalone-process.js';

export interface PackedPackage extends PublishedPackage {
  /** The tarball `pnpm pack` wrote, as the registry would serve it. */
  tarball: string;
}

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
    packed.push({ ...published, tarball });
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
 * `pnpm install` from the store the workspace install filled, without hoisting (each package sees only what it
 * declares). Offline first; a machine whose store was filled from the lock file alone has no cached registry metadata
 * to resolve a new project with, and only then may pnpm fetch metadata (every tarball still comes from the store).
 */
export async function installFromStore(project: string, env: NodeJS.ProcessEnv): Promise<ProcessResult> {
  const install = ['install', '--no-frozen-lockfile', '--config.hoist=false'];
  const offline = await run('pnpm', [...install, '--offline'], { cwd: project, env });
  if (offline.code === 0 || !offline.output.includes('ERR_PNPM_NO_OFFLINE_META')) return offline;
  return run('pnpm', [...install, '--prefer-offline'], { cwd: project, env });
}
