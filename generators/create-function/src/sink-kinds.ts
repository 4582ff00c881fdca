import { join } from 'node:path';
import type { SinkKind } from '@lambda-blueprints/role-templates';
import { PACKAGE_ROOT } from './package-root.js';

/** The folder of this package holding the sinks' code, laid out like a function package (src/, infra/, test/). */
export const SINKS_DIRECTORY = join(PACKAGE_ROOT, 'sinks');

/** Files every function with a sink gets, whichever kind. */
export const sharedSinkFiles = [
  'src/sinks/errors.ts',
  'src/sinks/sink-names.ts',
  'src/sinks/sink-variable.ts',
  'src/sinks/source-record.ts',
  'test/sinks/local-aws-environment.ts',
  'test/sinks/source-record.test.ts',
] as const;

/** What the generator copies and wires for one kind of sink. */
export interface SinkKindFiles {
  /** Copied as they are (paths relative to sinks/ and to the function). */
  files: readonly string[];
  /** The call the record function makes, imported in src/handler.ts from `./sinks/<kind>.js`. */
  call: string;
  /** infra/sinks/<kind>.ts: a target the stack creates, and an existing target by ARN (for infra/config.ts). */
  newTarget: string;
  existingTarget: string;
  /** The vitest setup file that starts the sink's emulator for every test file. */
  setupFile: string;
  /** Packages the code needs, at the versions this package pins. */
  dependencies: readonly string[];
}

const filesOf = (kind: SinkKind): string[] => [
  `src/sinks/${kind}.ts`,
  `infra/sinks/${kind}.ts`,
  `test/sinks/${kind}.setup.ts`,
  `test/sinks/${kind}.test.ts`,
];

// `satisfies keyof typeof import(...)` makes the compiler check each name against the module it is copied from.
export const sinkKindFiles: Readonly<Record<SinkKind, SinkKindFiles>> = {
  'dynamodb-write': {
    files: filesOf('dynamodb-write'),
    call: 'writeToTable' satisfies keyof typeof import('../sinks/src/sinks/dynamodb-write.js'),
    newTarget: 'newTableSink' satisfies keyof typeof import('../sinks/infra/sinks/dynamodb-write.js'),
    existingTarget: 'existingTableSink' satisfies keyof typeof import('../sinks/infra/sinks/dynamodb-write.js'),
    setupFile: 'test/sinks/dynamodb-write.setup.ts',
    dependencies: ['@aws-sdk/client-dynamodb', '@aws-sdk/util-dynamodb'],
  },
  'sqs-send': {
    files: filesOf('sqs-send'),
    call: 'sendToQueue' satisfies keyof typeof import('../sinks/src/sinks/sqs-send.js'),
    newTarget: 'newQueueSink' satisfies keyof typeof import('../sinks/infra/sinks/sqs-send.js'),
    existingTarget: 'existingQueueSink' satisfies keyof typeof import('../sinks/infra/sinks/sqs-send.js'),
    setupFile: 'test/sinks/sqs-send.setup.ts',
    dependencies: ['@aws-sdk/client-sqs'],
  },
  'kinesis-put': {
    files: filesOf('kinesis-put'),
    call: 'putToStream' satisfies keyof typeof import('../sinks/src/sinks/kinesis-put.js'),
    newTarget: 'newStreamSink' satisfies keyof typeof import('../sinks/infra/sinks/kinesis-put.js'),
    existingTarget: 'existingStreamSink' satisfies keyof typeof import('../sinks/infra/sinks/kinesis-put.js'),
    setupFile: 'test/sinks/kinesis-put.setup.ts',
    dependencies: ['@aws-sdk/client-kinesis', '@smithy/node-http-handler'],
  },
};
