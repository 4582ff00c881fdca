import { defineConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

const { resolve, ssr, test } = shared;

// Two projects: the generator's own tests, and the sinks' code in place under sinks/, whose setup files start the
// local emulators exactly as they do in a generated function (where sinks/test/sinks/ lands in test/sinks/).
export default defineConfig({
  test: {
    projects: [
      { resolve, ssr, test: { ...test, name: 'generator' } },
      {
        resolve,
        ssr,
        test: {
          ...test,
          name: 'sinks',
          include: ['sinks/test/**/*.test.ts'],
          setupFiles: [
            'sinks/test/sinks/dynamodb-write.setup.ts',
            'sinks/test/sinks/sqs-send.setup.ts',
            'sinks/test/sinks/kinesis-put.setup.ts',
          ],
        },
      },
    ],
  },
});
