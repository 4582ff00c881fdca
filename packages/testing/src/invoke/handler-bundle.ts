import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HandlerBundleError } from '../errors.js';
import type { LambdaHandler } from '../handler-invocation.js';

/**
 * Imports a function's built bundle (an ES module such as dist/handler.mjs) and returns its `handler` export, as the
 * Lambda runtime loads `handler.handler`. The module URL carries the file's modification time, so a bundle rebuilt
 * since the last load is imported afresh rather than served from the module cache.
 */
export async function loadHandlerBundle(bundlePath: string): Promise<LambdaHandler<unknown>> {
  const absolutePath = resolve(bundlePath);
  const file = await stat(absolutePath).catch(() => undefined);
  if (!file?.isFile()) throw new HandlerBundleError(absolutePath, 'does not exist');
  const url = `${pathToFileURL(absolutePath).href}?mtime=${file.mtimeMs}`;
  const module = (await import(url)) as Record<string, unknown>;
  const { handler } = module;
  if (typeof handler !== 'function') {
    const exported = Object.keys(module).join(', ') || 'nothing';
    throw new HandlerBundleError(absolutePath, `exports ${exported}, but no function named handler`);
  }
  return handler as LambdaHandler<unknown>;
}
