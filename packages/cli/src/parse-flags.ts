import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './errors.js';

type FlagOptions = NonNullable<ParseArgsConfig['options']>;

/** The parsed flag values, typed from the options (a string flag is `string | undefined`, unless it has a default). */
export type FlagValues<Options extends FlagOptions> = ReturnType<
  typeof parseArgs<{ options: Options; strict: true; allowPositionals: false }>
>['values'];

const usageError = (command: string, error: unknown): UsageError => {
  const detail = error instanceof Error ? error.message : String(error);
  return new UsageError(`${detail}\nRun \`blueprints ${command} --help\` for the flags it takes.`);
};

/** node:util parseArgs in strict mode, with its errors turned into a UsageError that points to the command's help. */
export function parseFlags<const Options extends FlagOptions>(
  command: string,
  args: readonly string[],
  options: Options,
): FlagValues<Options> {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw usageError(command, error);
  }
}

/** parseFlags for a command that also takes operands (`check-permissions blueprints/sqs functions/orders`). */
export function parseFlagsAndOperands<const Options extends FlagOptions>(
  command: string,
  args: readonly string[],
  options: Options,
): { values: FlagValues<Options>; operands: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
    return { values, operands: positionals };
  } catch (error) {
    throw usageError(command, error);
  }
}
