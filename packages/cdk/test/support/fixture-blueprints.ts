import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RoleSpec } from '@lambda-blueprints/role-templates';
import { foreignArn } from '@lambda-blueprints/testing';
import type { App } from 'aws-cdk-lib';
import { afterAll } from 'vitest';
import {
  addQueueSourceOutputs,
  BlueprintFunction,
  type BlueprintFunctionConfig,
  BlueprintFunctionStack,
  type BlueprintFunctionStackProps,
  type BlueprintPackageFiles,
  HANDLER_FILE,
  KinesisStreamSource,
  type QueueSourceConfig,
  queueSourcePropsOf,
  SqsQueueSource,
  type StreamMappingConfig,
  streamSourceOptionsOf,
} from '../../src/index.js';

/** The settings every fixture blueprint shares apart from its source (a blueprint's infra/config.ts). */
const functionSettings: Omit<BlueprintFunctionConfig, 'source'> = {
  stackName: 'FixtureBlueprint',
  functionName: 'fixture-blueprint',
  description: 'A blueprint made of the package API, as the blueprints are.',
  timeoutSeconds: 30,
  memorySize: 256,
  tracing: false,
  vpc: undefined,
  roleMode: 'scoped',
  existingRoleArn: undefined,
  sinks: [],
};

export type QueueFixtureConfig = BlueprintFunctionConfig<QueueSourceConfig & { maxBatchingWindowSeconds: number }>;

export const queueConfig: QueueFixtureConfig = {
  ...functionSettings,
  source: {
    newQueue: { maxReceiveCount: 4, retentionPeriodDays: 3 },
    keyArn: undefined,
    batchSize: 10,
    maxBatchingWindowSeconds: 0,
  },
};

export const queueRole: RoleSpec = [
  { template: 'basic-execution', on: 'log-group' },
  { template: 'sqs-poll', on: 'source' },
];

/** A standard or FIFO queue blueprint's stack. */
export class QueueFixtureStack extends BlueprintFunctionStack<QueueFixtureConfig> {
  readonly source: SqsQueueSource;
  readonly consumer: BlueprintFunction;

  constructor(
    app: App,
    props: BlueprintFunctionStackProps<QueueFixtureConfig>,
    files: BlueprintPackageFiles<QueueFixtureConfig>,
    fifo = false,
  ) {
    super(app, 'FixtureStack', props, files);
    this.source = new SqsQueueSource({ ...queueSourcePropsOf(this.config.source), fifo });
    this.consumer = new BlueprintFunction(this, 'Function', {
      ...this.functionProps(),
      source: this.source,
      sinks: this.config.sinks,
    });
    addQueueSourceOutputs(this, this.source);
  }
}

export type StreamFixtureConfig = BlueprintFunctionConfig<
  StreamMappingConfig & { streamArn: string | undefined; keyArn: string | undefined }
>;

export const streamConfig: StreamFixtureConfig = {
  ...functionSettings,
  source: {
    streamArn: undefined,
    keyArn: undefined,
    batchSize: 50,
    maxBatchingWindowSeconds: 0,
    retryAttempts: 4,
    maxRecordAgeSeconds: 3_600,
  },
};

export const streamRole: RoleSpec = [
  { template: 'basic-execution', on: 'log-group' },
  { template: 'kinesis-read', on: 'source' },
  { template: 'sqs-send', on: 'on-failure' },
];

/** A Kinesis blueprint's stack. */
export class StreamFixtureStack extends BlueprintFunctionStack<StreamFixtureConfig> {
  readonly source: KinesisStreamSource;
  readonly consumer: BlueprintFunction;

  constructor(
    app: App,
    props: BlueprintFunctionStackProps<StreamFixtureConfig>,
    files: BlueprintPackageFiles<StreamFixtureConfig>,
  ) {
    super(app, 'FixtureStack', props, files);
    const { source } = this.config;
    this.source = new KinesisStreamSource({
      ...streamSourceOptionsOf(source),
      streamArn: source.streamArn,
      keyArn: source.keyArn,
    });
    this.consumer = new BlueprintFunction(this, 'Function', {
      ...this.functionProps(),
      source: this.source,
      sinks: this.config.sinks,
    });
  }
}

/** An ARN of a stream that is not the fixture's. */
export const anotherStreamArn = foreignArn('kinesis', 'stream/another-stream');

/**
 * A blueprint package's folder for one test file: package.json listing `role`'s templates, cdk.json, a handler
 * bundle in dist/ and an events/ folder; removed after the file's tests. Returns its URL (ending in `/`).
 */
export function fixturePackage(role: RoleSpec): URL {
  const root = mkdtempSync(join(tmpdir(), 'blueprints-cdk-fixture-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const blueprint = { templates: role.map((entry) => entry.template) };
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'fixture-blueprint', blueprint }));
  writeFileSync(join(root, 'cdk.json'), JSON.stringify({ app: 'tsx infra/app.ts', context: {} }));
  for (const folder of ['dist', 'events']) mkdirSync(join(root, folder));
  writeFileSync(join(root, 'dist', HANDLER_FILE), 'export const handler = async () => ({ batchItemFailures: [] });\n');
  return pathToFileURL(`${root}/`);
}
