import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './errors.js';

type FlagOptions = NonNullable<ParseArgsConfig['options']>;

/** The parsed flag values, typed from the options (a string flag is `string | undefined`, unless it has a default). */
export type FlagValues<Options extends FlagOptions> = ReturnType<
  typeof parseArgs<{ options: Options; strict: true; allowPositionals: false }>
>['values'];

/** node:util parseArgs in strict mode, with its errors turned into a UsageError that points to the command's help. */
export function parseFlags<const Options extends FlagOptions>(
  command: string,
  args: readonly string[],
  options: Options,
): FlagValues<Options> {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${detail}\nRun \`blueprints ${command} --help\` for the flags it takes.`);
  }
}
