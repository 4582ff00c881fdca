import { CreateQueueCommand } from '@aws-sdk/client-sqs';
import { startSqsEmulator } from '@lambda-blueprints/testing';
import { afterAll } from 'vitest';
import { sinkNames } from '../../src/sinks/sink-names.js';
import { pointSdkAtEmulator } from './local-aws-environment.js';

// Runs before every test file (vitest setupFiles): the file gets its own local-aws-sqs and sink queue, so the
// handler's sends in any test land somewhere real.
const emulator = await startSqsEmulator();
afterAll(() => emulator.stop());

const { QueueUrl } = await emulator.client.send(new CreateQueueCommand({ QueueName: 'sink-queue' }));
pointSdkAtEmulator('SQS', emulator.endpoint);
process.env[sinkNames['sqs-send'].variable] = QueueUrl;
