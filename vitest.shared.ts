import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript source under this condition, so tests (and tsx, esbuild, tsc)
// run against the code as it is now without building the packages they import first.
const sourceCondition = '@lambda-blueprints/source';

export default defineConfig({
  resolve: { conditions: [sourceCondition, 'module', 'node', 'import', 'default'] },
  ssr: {
    resolve: {
      conditions: [sourceCondition, 'module', 'node', 'import', 'default'],
      externalConditions: [sourceCondition],
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
