import { runCli } from './run-cli.js';

// pnpm runs root scripts in the workspace root; INIT_CWD is where the user typed the command.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: { write: (text) => process.stdout.write(text), isTTY: process.stdout.isTTY === true },
  stderr: { write: (text) => process.stderr.write(text) },
  stdinIsTTY: process.stdin.isTTY === true,
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
