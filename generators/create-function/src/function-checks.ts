import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPermissionsCommand, PermissionCheckFailedError } from '@lambda-blueprints/cli';
import { FunctionPermissionsError, SynthFailedError } from './errors.js';
import { runPnpm } from './pnpm-command.js';
import { type ProgressOutput, withProgress } from './progress-line.js';

/**
 * Synthesizes a linked function into a temporary cloud assembly (removed afterwards, so the function's own cdk.out is
 * left alone) and runs `blueprints check-permissions --strict` on it: what `pnpm --filter <name> check-permissions`
 * does after a synth. Writes the check's lines to `output`; throws SynthFailedError or FunctionPermissionsError.
 */
export async function checkGeneratedFunction(
  functionName: string,
  directory: string,
  output: ProgressOutput,
): Promise<void> {
  const cdkOut = mkdtempSync(join(tmpdir(), `create-function-${functionName}-cdk-out-`));
  try {
    await withProgress(output, `Synthesizing it (pnpm --filter ${functionName} synth)`, async () => {
      // CDK_VALIDATION=false: aws-cdk-lib's built-in template validation only warns, which this check does not read,
      // and it takes over a second; check-permissions below is the check.
      const synth = await runPnpm({
        args: ['run', 'synth', '--output', cdkOut],
        cwd: directory,
        env: { CDK_VALIDATION: 'false' },
      });
      if (synth.code !== 0) throw new SynthFailedError(functionName, synth.output);
    });
    // Collected, then written: a spinner on the same terminal would cut through the lines.
    const lines: string[] = [];
    const collect = (text: string): void => {
      lines.push(text);
    };
    const checking = withProgress(output, 'Checking its permissions (check-permissions --strict)', () =>
      checkPermissionsCommand([directory, '--strict', '--cdk-out', cdkOut], { stdout: collect, stderr: collect }),
    );
    try {
      await checking;
    } catch (error) {
      if (error instanceof PermissionCheckFailedError) throw new FunctionPermissionsError(functionName, error.message);
      throw error;
    } finally {
      output.write(lines.join(''));
    }
  } finally {
    rmSync(cdkOut, { recursive: true, force: true });
  }
}
