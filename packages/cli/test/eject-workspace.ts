import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The version the fixture workspace publishes its packages at. */
export const PUBLISHED_VERSION = '0.3.1';

export interface EjectWorkspaceOptions {
  /** Fields that replace those of the blueprint's package.json. */
  manifest?: Record<string, unknown>;
  /** More files of the blueprint, by path relative to it (`src/db.ts`). */
  files?: Readonly<Record<string, string>>;
}

export interface EjectWorkspace {
  root: string;
  /** blueprints/demo, the package to eject. */
  blueprint: string;
  /** A folder outside the workspace (not created) for an ejected project. */
  target: (name: string) => string;
  remove: () => Promise<void>;
}

export const ROOT_TSCONFIG = {
  compilerOptions: { strict: true, module: 'NodeNext', customConditions: ['@lambda-blueprints/source'] },
};
export const ROOT_BIOME = '{ "formatter": { "lineWidth": 120 } }\n';

const blueprintManifest = {
  name: '@lambda-blueprints/blueprint-demo',
  version: '0.1.0',
  private: true,
  type: 'module',
  scripts: {
    build: 'esbuild src/handler.ts --bundle --conditions=@lambda-blueprints/source --outfile=dist/handler.mjs',
    test: 'pnpm run build && vitest run',
    'check-permissions': 'pnpm -w blueprints check-permissions --strict .',
    events: 'tsx --conditions=@lambda-blueprints/source scripts/write-sample-events.ts',
  },
  blueprint: { source: 'sqs', templates: ['basic-execution', 'sqs-poll'] },
  dependencies: { '@lambda-blueprints/runtime': 'workspace:*', zod: '4.6.7' },
  devDependencies: { 'aws-cdk-lib': '2.276.0', vitest: '4.1.12' },
};

/**
 * A workspace shaped like this one, in a temp folder: a root with its tools, tsconfig base, Biome config and pnpm
 * settings; published packages (runtime, cli) and a private one; and blueprints/demo with the workspace's conventions
 * (scripts with the source condition, a tsconfig extending the base, a vitest config re-exporting the shared one)
 * plus what is built or installed (dist/, cdk.out/, node_modules/).
 */
export async function ejectWorkspace(options: EjectWorkspaceOptions = {}): Promise<EjectWorkspace> {
  const base = await mkdtemp(join(tmpdir(), 'blueprints-eject-'));
  const root = join(base, 'workspace');
  const files: Record<string, string> = {
    'package.json': JSON.stringify({
      name: 'fixture-workspace',
      private: true,
      packageManager: 'pnpm@10.34.9',
      engines: { node: '>=20.11' },
      devDependencies: { turbo: '2.11.11', typescript: '5.9.3', vitest: '4.1.12' },
    }),
    'pnpm-workspace.yaml': 'packages:\n  - packages/*\n  - blueprints/*\n\nonlyBuiltDependencies:\n  - esbuild\n',
    'tsconfig.base.json': JSON.stringify(ROOT_TSCONFIG),
    'biome.json': ROOT_BIOME,
    'vitest.shared.ts': 'export default {};\n',
    'packages/runtime/package.json': JSON.stringify({ name: '@lambda-blueprints/runtime', version: PUBLISHED_VERSION }),
    'packages/cli/package.json': JSON.stringify({ name: '@lambda-blueprints/cli', version: PUBLISHED_VERSION }),
    'packages/internal/package.json': JSON.stringify({
      name: '@lambda-blueprints/internal',
      version: '0.1.0',
      private: true,
    }),
  };
  const blueprint: Record<string, string> = {
    'package.json': JSON.stringify({ ...blueprintManifest, ...options.manifest }),
    'tsconfig.json': JSON.stringify({
      extends: '../../tsconfig.base.json',
      compilerOptions: { noEmit: true },
      include: ['src', 'test'],
    }),
    'vitest.config.ts': "export { default } from '../../vitest.shared.ts';\n",
    'cdk.json': JSON.stringify({
      app: 'tsx --conditions=@lambda-blueprints/source infra/app.ts',
      build: 'pnpm run build',
    }),
    'README.md': '# Demo\n\n```sh\npnpm --filter @lambda-blueprints/blueprint-demo test   # the tests\n```\n',
    'src/handler.ts': "import { sqsBatch } from '@lambda-blueprints/runtime';\n\nexport const handler = sqsBatch;\n",
    'test/support/order-factory.ts': "export type { handler } from '../../src/handler.js';\n",
    'dist/handler.mjs': 'export const handler = () => {};\n',
    'cdk.out/Demo.template.json': '{}\n',
    'node_modules/zod/package.json': '{ "name": "zod" }\n',
    ...options.files,
  };
  for (const [path, content] of Object.entries(blueprint)) files[`blueprints/demo/${path}`] = content;
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return {
    root,
    blueprint: join(root, 'blueprints', 'demo'),
    target: (name) => join(base, 'ejected', name),
    remove: () => rm(base, { recursive: true, force: true }),
  };
}
