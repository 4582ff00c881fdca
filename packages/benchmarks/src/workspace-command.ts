import { spawnSync } from 'node:child_process';
import { childrenCpuSeconds } from './children-cpu-time.js';
import { CommandFailedError } from './errors.js';

/** How long a command took, the CPU time it and its children used, and what it printed. */
export interface CommandRun {
  seconds: number;
  /** Undefined where the operating system does not report it. */
  cpuSeconds: number | undefined;
  output: string;
}

/**
 * The environment for a command in another workspace: without the npm_* and pnpm_config_* variables of the `pnpm
 * bench` that started this process (a nested pnpm would read them as its own settings), and with INIT_CWD (where
 * `pnpm create-function` writes) pointing into that workspace, never into this one.
 */
export function workspaceEnvironment(cwd: string): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(npm_|pnpm_config_|PNPM_PACKAGE_NAME$|PNPM_SCRIPT_SRC_DIR$|INIT_CWD$|NODE_OPTIONS$)/.test(name)) {
      environment[name] = value;
    }
  }
  return { ...environment, INIT_CWD: cwd, FORCE_COLOR: '0', TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
}

/** Runs a command in `cwd`, timing it; throws CommandFailedError with the end of its output when it fails. */
export function runWorkspaceCommand(command: string, args: readonly string[], cwd: string): CommandRun {
  const cpuBefore = childrenCpuSeconds();
  const startedAt = performance.now();
  const run = spawnSync(command, args, {
    cwd,
    env: workspaceEnvironment(cwd),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - startedAt) / 1000;
  const cpuAfter = childrenCpuSeconds();
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}${run.error?.message ?? ''}`;
  if (run.status !== 0) {
    throw new CommandFailedError([command, ...args].join(' '), cwd, run.status, output);
  }
  const cpuSeconds = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  return { seconds, cpuSeconds, output };
}
