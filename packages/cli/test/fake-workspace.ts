import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FakePackage {
  name: string;
  version?: string;
  /** Written as package.json's `license` when defined (a string, or the legacy `{ type }` object). */
  license?: string | { type: string };
  /** The legacy `licenses: [{ type }]` form. */
  licenses?: { type: string }[];
}

/** A workspace root with a node_modules/.pnpm tree laid out as pnpm does (deps of a package are symlinks). */
export async function fakeWorkspace(
  packages: readonly FakePackage[],
): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'blueprints-licenses-'));
  await writeFile(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
  const store = join(root, 'node_modules', '.pnpm');
  for (const fake of packages) {
    const version = fake.version ?? '1.0.0';
    const modules = join(store, `${fake.name.replace('/', '+')}@${version}`, 'node_modules');
    const directory = join(modules, fake.name);
    await mkdir(directory, { recursive: true });
    const packageJson = { name: fake.name, version, license: fake.license, licenses: fake.licenses };
    await writeFile(join(directory, 'package.json'), JSON.stringify(packageJson));
  }
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}

/** Links `dependency` into the node_modules of `dependent`, as pnpm does for each dependency. */
export async function linkDependency(root: string, dependent: string, dependency: string): Promise<void> {
  const store = join(root, 'node_modules', '.pnpm');
  const target = join(store, `${dependency.replace('/', '+')}@1.0.0`, 'node_modules', dependency);
  const link = join(store, `${dependent.replace('/', '+')}@1.0.0`, 'node_modules', dependency);
  await mkdir(join(link, '..'), { recursive: true });
  await symlink(target, link, 'dir');
}
