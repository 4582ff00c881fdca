import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  EMULATOR_CLIENT_SETTINGS,
  type LocalEmulator,
  listenOnLoopback,
  requireServerFactory,
  runningEmulator,
} from './loopback-server.js';

/** Starts dynalite (in memory) on 127.0.0.1 and a port the OS picks, with tables ACTIVE as soon as they are created. */
export async function startDynamoEmulator(): Promise<LocalEmulator<DynamoDBClient>> {
  const dynalite = requireServerFactory('dynalite');
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const endpoint = await listenOnLoopback(server);
  const client = new DynamoDBClient({ ...EMULATOR_CLIENT_SETTINGS, endpoint });
  return runningEmulator(server, client);
}
