import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript source under this condition, so tests (and tsx, esbuild, tsc)
// run against the code as it is now without building the packages they import first.
// 'module' and 'import' stay out on purpose: 'module' resolves the AWS SDK to its dist-es build (extension-less
// imports Node cannot load) and 'import' would also apply to require() (kinesalite's bignumber.js breaks).
const conditions = ['@lambda-blueprints/source', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@lambda-blueprints/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default leaves a core free, which on a 2-core machine runs a package's test files one at a time;
    // most of their time is waiting (imports, emulators, visibility timeouts), so every core takes a file.
    maxWorkers: availableParallelism(),
    // The AWS SDK warns once per test file that its 2027 releases need Node.js 22: about the machine running the tests
    // against local emulators, not the functions (they run on Lambda's Node.js 24). Said in README, not in every run.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
