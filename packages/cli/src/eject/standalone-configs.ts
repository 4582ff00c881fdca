/** Folders (and files) of a package that are built or installed, never copied: the workspace's .gitignore entries. */
export const GENERATED_PATHS = ['node_modules', 'dist', 'cdk.out', '.turbo', 'coverage'] as const;
export const GENERATED_SUFFIXES = ['.tsbuildinfo'] as const;

/** The ejected project's .gitignore: what it builds and installs. */
export const gitignore = `${[...GENERATED_PATHS.map((path) => `${path}/`), ...GENERATED_SUFFIXES.map((suffix) => `*${suffix}`)].join('\n')}\n`;

/**
 * vitest.config.ts of an ejected project: the workspace's shared settings without its source condition, since the
 * published packages resolve to their dist/ by the default conditions.
 */
export const vitestConfig = `import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
`;

/**
 * The settings of the workspace's pnpm-workspace.yaml without its \`packages\` list (which install scripts may run,
 * for one): an ejected project is a workspace of one package. Empty when the workspace sets nothing else.
 */
export function pnpmSettings(workspaceYaml: string): string {
  const kept: string[] = [];
  let inPackages = false;
  for (const line of workspaceYaml.split('\n')) {
    const topLevel = /^\S/.test(line) && !line.startsWith('-');
    if (topLevel) inPackages = /^packages\s*:/.test(line);
    if (!inPackages) kept.push(line);
  }
  const settings = kept.join('\n').trim();
  return settings === '' ? '' : `${settings}\n`;
}
