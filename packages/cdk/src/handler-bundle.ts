import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MissingBundleError } from './errors.js';

/**
 * The file the function runs: an ESM bundle must end in `.mjs`, as the bundle folder is uploaded without the
 * package.json whose `"type": "module"` would make `.js` ESM.
 */
export const HANDLER_FILE = 'handler.mjs';

/** The handler setting of every blueprint function: the `handler` export of handler.mjs. */
export const HANDLER = 'handler.handler';

/** Throws MissingBundleError unless `codeDirectory` holds the bundle's handler file (i.e. the build has run). */
export function requireHandlerBundle(codeDirectory: string): void {
  if (!existsSync(join(codeDirectory, HANDLER_FILE))) throw new MissingBundleError(codeDirectory, [HANDLER_FILE]);
}
