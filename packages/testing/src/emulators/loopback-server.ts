import { createRequire } from 'node:module';
import type { AddressInfo, Server } from 'node:net';

/** The emulators that ship without type declarations export a factory of an http.Server. */
export type ServerFactory = (options: Record<string, unknown>) => Server;

/** Loads a CommonJS emulator package by name (kinesalite and dynalite have no types to import). */
export const requireServerFactory = (packageName: string): ServerFactory =>
  createRequire(import.meta.url)(packageName) as ServerFactory;

/** The only host emulators bind and clients reach: nothing here may leave the machine. */
export const LOOPBACK = '127.0.0.1';

/** The client settings every emulator client shares: fake static credentials and the fake region. */
export const EMULATOR_CLIENT_SETTINGS = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
} as const;

/** The http://127.0.0.1:<port> endpoint of a listening server. */
export function endpointOf(server: Server): string {
  const { port } = server.address() as AddressInfo;
  return `http://${LOOPBACK}:${port}`;
}

/** Starts `server` on a port the OS picks, on the loopback interface only. */
export function listenOnLoopback(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      server.off('error', reject);
      resolve(endpointOf(server));
    });
  });
}

/** Stops `server`, ending idle keep-alive connections so the close does not wait for them. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    (server as Server & { closeIdleConnections?: () => void }).closeIdleConnections?.();
  });
}

/** A running emulator: its endpoint, an SDK client configured for it, and how to stop both. */
export interface LocalEmulator<TClient> {
  endpoint: string;
  client: TClient;
  stop(): Promise<void>;
}

/** The emulator made of a listening `server` and a `client` of it; stop() releases both. */
export function runningEmulator<TClient extends { destroy(): void }>(
  server: Server,
  client: TClient,
): LocalEmulator<TClient> {
  return {
    endpoint: endpointOf(server),
    client,
    stop: async () => {
      client.destroy();
      await closeServer(server);
    },
  };
}
