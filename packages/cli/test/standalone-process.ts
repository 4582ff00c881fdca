import { spawn } from 'node:child_process';
import { delimiter, relative } from 'node:path';

export interface ProcessResult {
  code: number;
  /** stdout and stderr, interleaved as written. */
  output: string;
}

/** Runs a command to its end and collects its output; a non-zero exit is a result, not an error. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: 'pipe' });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

// What the workspace's tools set for the processes they start (pnpm scripts, turbo tasks, vitest, tsx loaders).
const toolVariables = /^(?:npm_|pnpm_|turbo_|vitest|tsx_|init_cwd$|node_options$|node_env$)/i;

/**
 * The environment of a process that runs as if started by a user outside this repository: none of the variables
 * the workspace's tools set, and no PATH entry inside the repository (so a tool the project lacks is not found in
 * the workspace's node_modules/.bin).
 */
export function environmentOutside(repositoryRoot: string): NodeJS.ProcessEnv {
  const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !toolVariables.test(name)));
  const outside = (entry: string) => relative(repositoryRoot, entry).startsWith('..');
  environment.PATH = (process.env.PATH ?? '').split(delimiter).filter(outside).join(delimiter);
  return environment;
}

/** The last lines of a command's output, for a failure message. */
export const tail = (output: string, lines = 60): string => output.trimEnd().split('\n').slice(-lines).join('\n');
