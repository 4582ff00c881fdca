import { spawn } from 'node:child_process';
import { PackageScriptFailedError } from '../errors.js';

/** How much of a failed script's output the error repeats: the end, where build and synth tools report. */
const OUTPUT_TAIL_LINES = 40;

/**
 * Runs `pnpm run <script> [args]` in a package folder, its output kept off the terminal (stdout carries the
 * command's result) and repeated in the error when it fails.
 */
export function runPackageScript(directory: string, script: string, args: readonly string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', ['run', script, ...args], { cwd: directory, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', (error) => reject(new PackageScriptFailedError(script, directory, null, error.message)));
    child.on('close', (code) => {
      if (code === 0) {
        resolve();
        return;
      }
      const tail = Buffer.concat(output).toString('utf8').trimEnd().split('\n').slice(-OUTPUT_TAIL_LINES).join('\n');
      reject(new PackageScriptFailedError(script, directory, code, tail));
    });
  });
}
