import { readFileSync } from 'node:fs';
import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CloudFormationResource, CloudFormationTemplate } from '@lambda-blueprints/testing';
import { afterEach } from 'vitest';
import { writeFixturePackage } from './fixture-package.js';
import { FUNCTION_ID, type FunctionStackOptions, functionStackTemplate } from './function-stack-template.js';

/** Built bundles (dist/handler.mjs) for local runs: plain ES modules, as esbuild writes them. */
export const bundles = {
  /** Reports every SQS record whose body is not JSON; logs one line per record. */
  reportsNonJsonBodies: `export const handler = async (event) => {
  const batchItemFailures = [];
  for (const record of event.Records) {
    try { JSON.parse(record.body); console.log('processed', record.messageId); }
    catch { batchItemFailures.push({ itemIdentifier: record.messageId }); }
  }
  return { batchItemFailures };
};
`,
  /** Returns what Lambda gave it: the context's configuration, an environment variable and the event's records. */
  echoesContext: `export const handler = async (event, context) => {
  console.warn('echoing');
  return {
    functionName: context.functionName,
    memoryLimitInMB: context.memoryLimitInMB,
    remainingMs: context.getRemainingTimeInMillis(),
    requestId: context.awsRequestId,
    queueUrl: process.env.QUEUE_URL,
    eventSources: event.Records.map((record) => record.eventSource),
  };
};
`,
  /** Logs why, then throws: the whole batch fails. */
  throwsTypeError: `export const handler = async () => {
  console.error('cannot read record 3');
  throw new TypeError('record 3 has no orderId');
};
`,
  /** Still running at any Timeout under 2 s. */
  outlivesItsTimeout: `export const handler = () => new Promise((resolve) => setTimeout(resolve, 2000));\n`,
} as const;

export interface LocalFunctionFixtureOptions {
  /** The content of dist/handler.mjs; null for a package never built. */
  bundle: string | null;
  /** The synthesized template; null for a package never synthesized. @default localFunctionTemplate() */
  template?: CloudFormationTemplate | null;
  /** Files by path relative to the package (`events/orders.json`, `build.mjs`). */
  files?: Readonly<Record<string, string>>;
  /** package.json scripts. */
  scripts?: Readonly<Record<string, string>>;
}

export interface PropertyChanges {
  function?: Record<string, unknown>;
  mapping?: Record<string, unknown>;
  source?: Record<string, unknown>;
}

const withProperties = (resource: CloudFormationResource | undefined, changes: Record<string, unknown> = {}) =>
  resource && { ...resource, Properties: { ...resource.Properties, ...changes } };

/**
 * A synthesized function stack (see functionStackTemplate) with properties of its function, mapping or source
 * changed; a property set to undefined is removed, as a stack without it synthesizes.
 */
export function localFunctionTemplate(
  changes: PropertyChanges = {},
  options: FunctionStackOptions = {},
): CloudFormationTemplate {
  const template = functionStackTemplate(options);
  const resources = { ...template.Resources };
  const changed = (id: string, properties?: Record<string, unknown>) => {
    const resource = withProperties(resources[id], properties);
    // Through JSON, as the synthesized file is read: properties set to undefined are gone.
    if (resource) resources[id] = JSON.parse(JSON.stringify(resource)) as CloudFormationResource;
  };
  changed(FUNCTION_ID, changes.function);
  changed('Mapping', changes.mapping);
  changed('Source', changes.source);
  return { ...template, Resources: resources };
}

/**
 * The workspace's pnpm (packageManager), which the fixture names too: outside the workspace corepack would otherwise
 * look up the latest pnpm online when the CLI runs the fixture's scripts.
 */
const { packageManager } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  packageManager: string;
};

/** Ten minutes ago: sources older than the fixture's bundle and template, so both count as up to date. */
const longAgo = () => new Date(Date.now() - 600_000);

/**
 * A function package in a new temp directory as `pnpm create-function` leaves it after build and synth: src/, infra/,
 * dist/handler.mjs and cdk.out/FixtureStack.template.json, with src/ and infra/ older than what is made from them.
 */
export async function localFunctionFixture(
  options: LocalFunctionFixtureOptions,
): Promise<{ directory: string; remove: () => Promise<void> }> {
  const directory = await mkdtemp(join(tmpdir(), 'blueprints-local-run-'));
  const scripts = options.scripts ?? {};
  const manifest = { name: 'fixture-function', type: 'module', private: true, packageManager, scripts };
  await writeFixturePackage(directory, {
    handler: 'export { handler } from "./order-handler.js";\n',
    template: options.template === undefined ? localFunctionTemplate() : options.template,
    files: {
      'package.json': JSON.stringify(manifest),
      ...(options.bundle !== null && { 'dist/handler.mjs': options.bundle }),
      ...options.files,
    },
  });
  for (const source of ['src/handler.ts', 'infra/role.ts']) await utimes(join(directory, source), longAgo(), longAgo());
  return { directory, remove: () => rm(directory, { recursive: true, force: true }) };
}

/**
 * For one test file: `fixture(options)` makes a local function fixture and returns its directory; every fixture a
 * test made is removed after that test.
 */
export function useLocalFunctionFixtures(): (options: LocalFunctionFixtureOptions) => Promise<string> {
  const removals: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const remove of removals.splice(0)) await remove();
  });
  return async (options) => {
    const created = await localFunctionFixture(options);
    removals.push(created.remove);
    return created.directory;
  };
}
