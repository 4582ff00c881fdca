import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary folder of handler files and events for the probe tests, and how to remove it. */
export interface HandlerFolder {
  handler: (name: string, source: string) => string;
  event: (name: string, event: unknown) => string;
  path: string;
  remove: () => void;
}

export function handlerFolder(): HandlerFolder {
  const path = mkdtempSync(join(tmpdir(), 'benchmarks-test-'));
  return {
    path,
    handler: (name, source) => {
      const file = join(path, `${name}.mjs`);
      writeFileSync(file, source);
      return file;
    },
    event: (name, event) => {
      const file = join(path, `${name}.json`);
      writeFileSync(file, JSON.stringify(event));
      return file;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** Handler sources, as the probes load them: ES modules exporting `handler`. */
export const handlerSources = {
  succeeding: 'export const handler = async (event) => ({ batchItemFailures: [] });\n',
  failingEveryRecord:
    'export const handler = async (event) => ({ batchItemFailures: event.Records.map((record) => ({ itemIdentifier: record.messageId })) });\n',
  throwing: "export const handler = async () => { throw new TypeError('the queue is gone'); };\n",
  withoutHandler: 'export const other = 1;\n',
};
