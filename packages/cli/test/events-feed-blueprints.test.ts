import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  captureLogs,
  type EventSourceName,
  type GeneratedEvent,
  identifierOf,
  invokeHandler,
  type LambdaHandler,
  loadHandlerBundle,
} from '@lambda-blueprints/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/index.js';
import { acceptedPayload, type BlueprintPackage, blueprintPackages, carriesPayload } from './blueprint-packages.js';
import { recordingIo } from './recording-io.js';

type AnyEvent = GeneratedEvent<EventSourceName>;
type AnyRecord = AnyEvent['Records'][number];

/**
 * The records Lambda must see reported for a batch whose `malformed` records fail, by the blueprints' rules: SQS
 * exactly those; FIFO those and every later record of their groups; streams the first of them (processing stops).
 */
function expectedFailures(source: EventSourceName, records: readonly AnyRecord[], malformed: ReadonlySet<AnyRecord>) {
  if (source === 'sqs') return records.filter((record) => malformed.has(record));
  if (source === 'sqs-fifo') {
    const failedGroups = new Set<string>();
    return records.filter((record) => {
      const group = 'attributes' in record ? (record.attributes.MessageGroupId ?? '') : '';
      if (malformed.has(record)) failedGroups.add(group);
      return failedGroups.has(group);
    });
  }
  return records.filter((record) => malformed.has(record)).slice(0, 1);
}

/**
 * Builds the blueprint's bundle with its own build script into `directory` (the blueprint's dist/ is left alone)
 * and loads it as Lambda would: a black box, as a user runs it.
 */
async function builtHandler(blueprint: BlueprintPackage, directory: string): Promise<LambdaHandler<unknown>> {
  const outfile = join(directory, `${blueprint.source}.mjs`);
  const metafile = join(directory, `${blueprint.source}.meta.json`);
  await promisify(execFile)('pnpm', ['run', '--silent', 'build', `--outfile=${outfile}`, `--metafile=${metafile}`], {
    cwd: blueprint.directory,
  });
  return loadHandlerBundle(outfile);
}

describe('blueprints events, fed to each blueprint', () => {
  let workDirectory: string;
  const handlers = new Map<EventSourceName, LambdaHandler<unknown>>();

  beforeAll(async () => {
    workDirectory = await mkdtemp(join(tmpdir(), 'blueprints-events-feed-'));
    const built = await Promise.all(blueprintPackages.map((blueprint) => builtHandler(blueprint, workDirectory)));
    blueprintPackages.forEach((blueprint, index) => {
      const handler = built[index];
      if (handler !== undefined) handlers.set(blueprint.source, handler);
    });
  });
  afterAll(async () => rm(workDirectory, { recursive: true, force: true }));

  it.each(blueprintPackages)(
    'the $source blueprint reports exactly the malformed records it must',
    async (blueprint) => {
      // Prepare
      const payload = await acceptedPayload(blueprint);
      const bodyFile = join(workDirectory, `${blueprint.source}-body.json`);
      await writeFile(bodyFile, JSON.stringify(payload));
      const io = recordingIo();
      await runCli(['events', blueprint.source, '--count', '6', '--malformed', '2', '--body-file', bodyFile], io);
      const event = JSON.parse(io.out()) as AnyEvent;
      const records: AnyRecord[] = event.Records;
      const malformed = new Set(records.filter((record) => !carriesPayload(record, payload)));
      const handler = handlers.get(blueprint.source);
      if (handler === undefined) throw new Error(`No bundle built for ${blueprint.source}.`);

      // Act
      const { result: invocation } = await captureLogs(() => invokeHandler(handler, event));

      // Assess
      expect(malformed.size).toBe(2);
      expect(invocation).toMatchObject({ kind: 'returned' });
      const response = invocation.kind === 'returned' ? invocation.response : undefined;
      expect(response).toEqual({
        batchItemFailures: expectedFailures(blueprint.source, records, malformed).map((record) => ({
          itemIdentifier: identifierOf(record),
        })),
      });
    },
  );
});
