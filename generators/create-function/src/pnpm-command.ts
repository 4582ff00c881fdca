import { spawn } from 'node:child_process';

/** A pnpm command: its arguments, the folder it runs in, and variables to set beside the inherited environment. */
export interface PnpmCommand {
  args: readonly string[];
  cwd: string;
  env?: Readonly<Record<string, string>>;
}

/** Runs pnpm, collecting everything it prints; resolves with its exit code (1 when it could not start). */
export function runPnpm({ args, cwd, env }: PnpmCommand): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('pnpm', args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
