import { CreateStreamCommand, DescribeStreamSummaryCommand } from '@aws-sdk/client-kinesis';
import { startKinesisEmulator } from '@lambda-blueprints/testing';
import { afterAll } from 'vitest';
import { sinkNames } from '../../src/sinks/sink-names.js';
import { pointSdkAtEmulator } from './local-aws-environment.js';

// Runs before every test file (vitest setupFiles): the file gets its own kinesalite and sink stream, so the
// handler's puts in any test land somewhere real.
const emulator = await startKinesisEmulator();
afterAll(() => emulator.stop());

const streamName = 'sink-stream';
await emulator.client.send(new CreateStreamCommand({ StreamName: streamName, ShardCount: 1 }));
// kinesalite makes a stream ACTIVE on its next tick: wait for it (a few milliseconds) before anything puts to it.
for (let attempt = 0; attempt < 100; attempt += 1) {
  const { StreamDescriptionSummary } = await emulator.client.send(
    new DescribeStreamSummaryCommand({ StreamName: streamName }),
  );
  if (StreamDescriptionSummary?.StreamStatus === 'ACTIVE') break;
  await new Promise((resolve) => setTimeout(resolve, 10));
}
pointSdkAtEmulator('KINESIS', emulator.endpoint);
process.env[sinkNames['kinesis-put'].variable] = streamName;
