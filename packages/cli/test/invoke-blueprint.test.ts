import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CloudFormationTemplate, GeneratedEvent } from '@lambda-blueprints/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/index.js';
import { acceptedPayload, blueprintPackages, carriesPayload } from './blueprint-packages.js';
import { recordingIo } from './recording-io.js';

async function blueprints(...args: string[]) {
  const io = recordingIo();
  const code = await runCli(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

const sqsBlueprint = blueprintPackages.find(({ source }) => source === 'sqs');

// One synth (cdk synth, several seconds) into a temp cloud assembly for the whole file; the blueprint's own cdk.out
// is left alone.
describe('blueprints invoke, on the sqs blueprint', () => {
  let workDirectory: string;
  let cdkOut: string;
  let eventFile: string;
  let event: GeneratedEvent<'sqs'>;
  let payload: unknown;

  beforeAll(async () => {
    if (sqsBlueprint === undefined) throw new Error('No sqs blueprint in blueprintPackages: fix the test.');
    workDirectory = await mkdtemp(join(tmpdir(), 'blueprints-invoke-'));
    cdkOut = join(workDirectory, 'cdk.out');
    payload = await acceptedPayload(sqsBlueprint);
    const bodyFile = join(workDirectory, 'order.json');
    await writeFile(bodyFile, JSON.stringify(payload));
    const printed = await blueprints('events', 'sqs', '--count', '5', '--malformed', '1', '--body-file', bodyFile);
    event = JSON.parse(printed.stdout) as GeneratedEvent<'sqs'>;
    eventFile = join(workDirectory, 'event.json');
    await writeFile(eventFile, printed.stdout);
  });
  afterAll(async () => rm(workDirectory, { recursive: true, force: true }));

  it('synthesizes first when there is no template, then reports exactly the malformed message', async () => {
    // Act
    const { code, stdout, stderr } = await blueprints(
      'invoke',
      sqsBlueprint?.directory ?? '',
      '--event',
      eventFile,
      '--cdk-out',
      cdkOut,
    );

    // Assess
    const malformed = event.Records.filter((record) => !carriesPayload(record, payload)).map(
      (record) => record.messageId,
    );
    expect(code).toBe(0);
    expect(malformed).toHaveLength(1);
    expect(JSON.parse(stdout)).toEqual({ batchItemFailures: malformed.map((itemIdentifier) => ({ itemIdentifier })) });
    expect(stderr).toMatch(/Synthesizing \(pnpm run synth\): there is no synthesized template in \S+ yet\./);
  });

  it('runs with the memory and timeout of the synthesized template, without synthesizing again', async () => {
    // Prepare
    const [templateFile = ''] = (await readdir(cdkOut)).filter((file) => file.endsWith('.template.json'));
    const template = JSON.parse(await readFile(join(cdkOut, templateFile), 'utf8')) as CloudFormationTemplate;
    const fn = Object.values(template.Resources ?? {}).find((resource) => resource.Type === 'AWS::Lambda::Function');
    const { MemorySize, Timeout } = fn?.Properties ?? {};

    // Act
    const { code, stderr } = await blueprints(
      'invoke',
      sqsBlueprint?.directory ?? '',
      '--event',
      eventFile,
      '--cdk-out',
      cdkOut,
    );

    // Assess
    expect(code).toBe(0);
    expect(stderr).not.toContain('Synthesizing');
    expect(stderr).toContain(`Memory Size: ${String(MemorySize)} MB\tTimeout: ${String(Timeout)} s`);
  });
});
