import type { CliIo } from './cli-io.js';
import { checkPermissionsCommand, checkPermissionsHelp } from './commands/check-permissions.js';
import { ejectCommand, ejectHelp } from './commands/eject.js';
import { eventsCommand, eventsHelp } from './commands/events.js';
import { invokeCommand, invokeHelp } from './commands/invoke.js';
import { licensesCommand, licensesHelp } from './commands/licenses.js';
import { roleCommand, roleHelp } from './commands/role.js';
import { rolesCommand, rolesHelp } from './commands/roles.js';
import { simulateCommand, simulateHelp } from './commands/simulate.js';
import { UsageError } from './errors.js';
import { exitCodeFor, exitCodes } from './exit-codes.js';

const commands: Readonly<
  Record<string, { run: (args: readonly string[], io: CliIo) => void | Promise<void>; help: string }>
> = {
  roles: { run: rolesCommand, help: rolesHelp },
  role: { run: roleCommand, help: roleHelp },
  licenses: { run: licensesCommand, help: licensesHelp },
  'check-permissions': { run: checkPermissionsCommand, help: checkPermissionsHelp },
  eject: { run: ejectCommand, help: ejectHelp },
  events: { run: eventsCommand, help: eventsHelp },
  invoke: { run: invokeCommand, help: invokeHelp },
  simulate: { run: simulateCommand, help: simulateHelp },
};

const summaries = [
  '  roles               print a function execution role as IAM JSON, or the role template catalog (--list)',
  "  role                add or remove a role template of a function's infra/role.ts (role add|remove)",
  '  licenses            fail when an installed package has a copyleft or unknown license',
  "  check-permissions   fail when a function's role lacks what its code sends, or grants more than it needs",
  '  eject               write a blueprint or function as a standalone project on the published packages',
  '  events              print a real-shaped event batch of a source (sqs, sqs-fifo, kinesis, dynamodb-streams)',
  "  invoke              run a function's built bundle once with an event, as Lambda would, locally",
  "  simulate            run a function under its event source mapping's batching, retries and failures",
];

export const usage = `Usage: blueprints <command> [flags]

Commands:
${summaries.join('\n')}

Run \`blueprints <command> --help\` for the flags of a command.
`;

/** Runs one command line (without `node bin.ts`) and returns its exit code: 0 done, 1 check failed, 2 bad input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout(usage);
      return exitCodes.ok;
    }
    const command = commands[name];
    if (command === undefined) {
      throw new UsageError(`Unknown command "${name}". Use one of: ${Object.keys(commands).join(', ')}.`);
    }
    await command.run(args, io);
    return exitCodes.ok;
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodeFor(error);
  }
}
