import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type EjectPlan,
  planEject,
  UnpublishedDependencyError,
  UsageError,
  WorkspaceReferenceError,
} from '../src/index.js';
import { ejectWorkspace, PUBLISHED_VERSION, ROOT_BIOME } from './eject-workspace.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function workspace(options?: Parameters<typeof ejectWorkspace>[0]) {
  const created = await ejectWorkspace(options);
  cleanups.push(created.remove);
  return created;
}

async function plan(options?: Parameters<typeof ejectWorkspace>[0], name?: string): Promise<EjectPlan> {
  const { root, blueprint, target } = await workspace(options);
  return planEject({ source: blueprint, target: target('demo-orders'), name, workspaceRoot: root });
}

const text = (ejected: EjectPlan, path: string): string => {
  const file = ejected.files.find((candidate) => candidate.path === path);
  if (file === undefined) throw new Error(`the plan has no ${path}`);
  return String(file.content);
};
const json = (ejected: EjectPlan, path: string) => JSON.parse(text(ejected, path));

describe('planEject: package.json', () => {
  it('replaces workspace:* dependencies with the caret range of the published version', async () => {
    // Act
    const ejected = await plan();

    // Assess
    expect(json(ejected, 'package.json').dependencies).toEqual({
      '@lambda-blueprints/runtime': `^${PUBLISHED_VERSION}`,
      zod: '4.6.7',
    });
  });

  it('adds the tools the workspace root provided and the CLI, but not the workspace task runner', async () => {
    // Act
    const { devDependencies } = json(await plan(), 'package.json');

    // Assess
    expect(devDependencies).toEqual({
      '@lambda-blueprints/cli': `^${PUBLISHED_VERSION}`,
      'aws-cdk-lib': '2.276.0',
      typescript: '5.9.3',
      vitest: '4.1.12',
    });
  });

  it('runs its scripts without the workspace, and has invoke and simulate', async () => {
    // Act
    const { scripts } = json(await plan(), 'package.json');

    // Assess
    expect(scripts).toEqual({
      build: 'esbuild src/handler.ts --bundle --outfile=dist/handler.mjs',
      test: 'pnpm run build && vitest run',
      'check-permissions': 'blueprints check-permissions --strict .',
      events: 'tsx scripts/write-sample-events.ts',
      invoke: 'blueprints invoke .',
      simulate: 'blueprints simulate .',
    });
  });

  it('keeps the invoke script a package has, run by its own CLI', async () => {
    // Prepare
    const invoke = 'pnpm -w blueprints invoke . --event events/orders.json';

    // Act
    const ejected = await plan({ manifest: { scripts: { invoke } } });

    // Assess
    expect(json(ejected, 'package.json').scripts.invoke).toBe('blueprints invoke . --event events/orders.json');
  });

  it("takes the project's name from its folder, or from --name", async () => {
    // Act
    const named = await plan(undefined, '@acme/orders');
    const unnamed = await plan();

    // Assess
    expect(json(named, 'package.json').name).toBe('@acme/orders');
    expect(json(unnamed, 'package.json').name).toBe('demo-orders');
    expect(json(unnamed, 'package.json').engines).toEqual({ node: '>=20.11' });
    expect(json(unnamed, 'package.json').packageManager).toBe('pnpm@10.34.9');
  });

  it('refuses a name npm would not accept, pointing to --name', async () => {
    // Act
    const planned = plan(undefined, 'Orders Consumer');

    // Assess
    await expect(planned).rejects.toThrow(UsageError);
    await expect(planned).rejects.toThrow('Pass one with --name <name>');
  });

  it('refuses a dependency on a workspace package that is not published', async () => {
    // Act
    const planned = plan({ manifest: { dependencies: { '@lambda-blueprints/internal': 'workspace:*' } } });

    // Assess
    await expect(planned).rejects.toThrow(UnpublishedDependencyError);
    await expect(planned).rejects.toThrow('@lambda-blueprints/internal (workspace:*)');
  });
});

describe('planEject: configs', () => {
  it('inlines the tsconfig base of the workspace, without the source condition', async () => {
    // Act
    const tsconfig = json(await plan(), 'tsconfig.json');

    // Assess
    expect(tsconfig).toEqual({
      compilerOptions: { strict: true, module: 'NodeNext', noEmit: true },
      include: ['src', 'test'],
    });
  });

  it('writes a vitest config of its own in place of the re-exported shared one', async () => {
    // Act
    const ejected = await plan();

    // Assess
    expect(text(ejected, 'vitest.config.ts')).toContain("import { defineConfig } from 'vitest/config';");
    expect(ejected.files.find((file) => file.path === 'vitest.config.ts')?.origin).toBe('written');
  });

  it('keeps a vitest config that needs nothing from the workspace', async () => {
    // Prepare
    const own = "import { defineConfig } from 'vitest/config';\n\nexport default defineConfig({});\n";

    // Act
    const ejected = await plan({ files: { 'vitest.config.ts': own } });

    // Assess
    expect(text(ejected, 'vitest.config.ts')).toBe(own);
  });

  it('runs the CDK app without the source condition', async () => {
    // Act
    const cdkJson = json(await plan(), 'cdk.json');

    // Assess
    expect(cdkJson).toEqual({ app: 'tsx infra/app.ts', build: 'pnpm run build' });
  });

  it("writes the workspace's Biome config, a .gitignore and its pnpm settings without the package list", async () => {
    // Act
    const ejected = await plan();

    // Assess
    expect(text(ejected, 'biome.json')).toBe(ROOT_BIOME);
    expect(text(ejected, 'pnpm-workspace.yaml')).toBe('onlyBuiltDependencies:\n  - esbuild\n');
    expect(text(ejected, '.gitignore').split('\n')).toEqual(
      expect.arrayContaining(['node_modules/', 'dist/', 'cdk.out/']),
    );
  });

  it('rewrites the README commands to run in the project and says where it comes from', async () => {
    // Act
    const readme = text(await plan(), 'README.md');

    // Assess
    expect(readme).toContain('pnpm run test   # the tests');
    expect(readme).not.toContain('--filter');
    expect(readme).toContain('Ejected from `@lambda-blueprints/blueprint-demo` 0.1.0');
  });
});

describe('planEject: files', () => {
  it('copies the package without what is built or installed', async () => {
    // Act
    const paths = (await plan()).files.map((file) => file.path);

    // Assess
    expect(paths).toEqual(expect.arrayContaining(['src/handler.ts', 'test/support/order-factory.ts']));
    expect(paths.filter((path) => /^(dist|cdk\.out|node_modules)\//.test(path))).toEqual([]);
  });

  it('names each file that reaches outside the package, and plans nothing', async () => {
    // Prepare
    const files = {
      'src/shared.ts': "export * from '../../shared/money.js';\n",
      'test/fixtures.ts':
        "const events = new URL('../../../events/orders.json', import.meta.url);\nexport { events };\n",
    };

    // Act
    const planned = plan({ files });

    // Assess
    await expect(planned).rejects.toThrow(WorkspaceReferenceError);
    await expect(planned).rejects.toThrow('src/shared.ts: ../../shared/money.js (outside the project)');
    await expect(planned).rejects.toThrow('test/fixtures.ts: ../../../events/orders.json (outside the project)');
  });

  it('writes nothing while planning', async () => {
    // Prepare
    const { root, blueprint, target } = await workspace();

    // Act
    await planEject({ source: blueprint, target: target('demo'), workspaceRoot: root });

    // Assess
    await expect(readdir(target('demo'))).rejects.toThrow('ENOENT');
  });
});

describe('planEject: the blueprints of this workspace', () => {
  const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

  it.each(['sqs', 'sqs-fifo', 'kinesis', 'dynamodb-streams'])(
    'plans %s with nothing that points back into the repository',
    async (name) => {
      // Act
      const ejected = await planEject({
        source: join(repositoryRoot, 'blueprints', name),
        target: join('/nonexistent', name),
        workspaceRoot: repositoryRoot,
      });

      // Assess
      const mentioning = ejected.files.filter((file) => String(file.content).includes(repositoryRoot));
      expect(mentioning.map((file) => file.path)).toEqual([]);
      expect(text(ejected, 'package.json')).not.toContain('workspace:');
      expect(ejected.files.map((file) => file.path)).toEqual(
        expect.arrayContaining([
          'package.json',
          'tsconfig.json',
          'cdk.json',
          'biome.json',
          'README.md',
          'src/handler.ts',
        ]),
      );
    },
  );
});
