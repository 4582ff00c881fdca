import { resolve } from 'node:path';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../errors.js';
import { invocationDirectory } from '../invocation-directory.js';
import { type BuiltFunction, builtFunction } from './built-function.js';
import { type MappedFunction, readMappedFunction } from './mapped-function.js';

/** A function package ready to run locally: its fresh bundle, and the mapping its synthesized template deploys. */
export interface LocalFunction extends MappedFunction {
  package: BuiltFunction;
}

export interface LocalFunctionOptions {
  /** Where the package's cloud assembly is, relative to it. @default 'cdk.out' */
  cdkOut?: string | undefined;
  /** The mapping to follow when the templates have several. */
  mapping?: string | undefined;
}

/**
 * The function package named by the command's operand (default: the directory the user ran the command in, which
 * is the package for `pnpm -w blueprints invoke .` in its script), built and synthesized first when needed.
 */
export async function localFunction(
  command: string,
  operands: readonly string[],
  options: LocalFunctionOptions,
  io: CliIo,
): Promise<LocalFunction> {
  if (operands.length > 1) {
    throw new UsageError(
      `blueprints ${command} runs one function package, but got ${operands.join(', ')}. Pass one folder.`,
    );
  }
  const directory = resolve(invocationDirectory(), operands[0] ?? '.');
  const built = await builtFunction(directory, options.cdkOut ?? 'cdk.out', io);
  return { package: built, ...(await readMappedFunction(built.templates, options.mapping)) };
}
