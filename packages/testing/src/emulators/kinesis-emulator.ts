import { KinesisClient } from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import {
  EMULATOR_CLIENT_SETTINGS,
  type LocalEmulator,
  listenOnLoopback,
  requireServerFactory,
  runningEmulator,
} from './loopback-server.js';

/** Starts kinesalite on 127.0.0.1 and a port the OS picks, with streams ACTIVE as soon as they are created. */
export async function startKinesisEmulator(): Promise<LocalEmulator<KinesisClient>> {
  const kinesalite = requireServerFactory('kinesalite');
  const server = kinesalite({ createStreamMs: 0, deleteStreamMs: 0, updateStreamMs: 0 });
  const endpoint = await listenOnLoopback(server);
  // The Kinesis client speaks HTTP/2 by default, which kinesalite answers with a protocol error.
  const client = new KinesisClient({ ...EMULATOR_CLIENT_SETTINGS, endpoint, requestHandler: new NodeHttpHandler() });
  return runningEmulator(server, client);
}
