import { SQSClient } from '@aws-sdk/client-sqs';
import { createSqsServer } from 'local-aws-sqs';
import { FAKE_AWS_ENVIRONMENT } from '../cloudformation/fake-environment.js';
import {
  EMULATOR_CLIENT_SETTINGS,
  endpointOf,
  LOOPBACK,
  type LocalEmulator,
  runningEmulator,
} from './loopback-server.js';

/** Starts local-aws-sqs on 127.0.0.1 and a port the OS picks, with queue ARNs in the fake account and region. */
export async function startSqsEmulator(): Promise<LocalEmulator<SQSClient>> {
  const server = await createSqsServer({
    port: 0,
    hostname: LOOPBACK,
    region: FAKE_AWS_ENVIRONMENT.region,
    accountId: FAKE_AWS_ENVIRONMENT.accountId,
    // AWS makes a deleted queue's name wait 60 s; tests recreate queues at once.
    emulateQueueCreationLifecycle: false,
  });
  const endpoint = endpointOf(server);
  const client = new SQSClient({ ...EMULATOR_CLIENT_SETTINGS, endpoint });
  return runningEmulator(server, client);
}
