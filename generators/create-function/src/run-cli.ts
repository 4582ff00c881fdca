import { readBlueprints } from './blueprint-catalog.js';
import { createFunction } from './create-function.js';
import { exitCodeFor, exitCodes } from './exit-codes.js';
import { helpText, parseFlags } from './flags.js';
import type { ProgressOutput } from './progress-line.js';
import { findWorkspaceRoot } from './workspace-context.js';

/** The process around the command: its streams, whether stdin is a terminal, and where it was started. */
export interface CliProcess {
  stdout: ProgressOutput;
  stderr: { write: (text: string) => void };
  stdinIsTTY: boolean;
  cwd: string;
}

/** `pnpm create-function [flags]`: returns the exit code (0 done, 1 failed, 2 bad input, 130 cancelled). */
export async function runCli(args: readonly string[], io: CliProcess): Promise<number> {
  try {
    const workspaceRoot = findWorkspaceRoot(io.cwd);
    const flags = parseFlags(args);
    if (flags.help) {
      io.stdout.write(helpText(readBlueprints(workspaceRoot)));
      return exitCodes.ok;
    }
    await createFunction({
      workspaceRoot,
      answers: flags.answers,
      yes: flags.yes,
      dryRun: flags.dryRun,
      check: !flags.skipChecks,
      interactive: io.stdinIsTTY,
      output: io.stdout,
    });
    return exitCodes.ok;
  } catch (error) {
    const code = exitCodeFor(error);
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `create-function: ${code === exitCodes.failed && error instanceof Error ? `${error.name}: ` : ''}${message}\n`,
    );
    return code;
  }
}
