import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createFunction } from '@lambda-blueprints/create-function';
import { type CommandRun, installFromStore, runWorkspaceCommand } from '../../src/index.js';
import { SCAFFOLD_BLUEPRINT } from './scaffold-suite.js';

/** The timings of one workspace size. */
export interface ScaleStep {
  functions: number;
  /** Seconds the generator took per function it added for this step (written, not yet linked). */
  generateSecondsPerFunction: number;
  buildCold: CommandRun;
  buildWarm: CommandRun;
  synthCold: CommandRun;
  synthWarm: CommandRun;
}

/**
 * The functions' own tasks, which are what grows with their number (the packages they use build the same for any N).
 * `--force` ignores turbo's cache (cold) while still writing it; without it every task is a cache hit (warm).
 */
export const scaleCommand = (task: 'build' | 'synth', cold: boolean): string[] => [
  'exec',
  'turbo',
  'run',
  task,
  '--filter=./functions/*',
  '--only',
  '--output-logs=errors-only',
  ...(cold ? ['--force'] : []),
];

const functionName = (index: number): string => `scale-${String(index).padStart(3, '0')}`;
const silent = { write: (): void => undefined, isTTY: false };

/**
 * In the workspace copy at `root` (with no function in functions/), generates functions from the blueprint with the
 * generator up to each size in turn (linking once per size rather than once per function), then times the functions'
 * build and synth, cold and warm. `onStep` hears of each size as it is done.
 */
export async function runScaleSuite(
  root: string,
  sizes: readonly number[],
  onStep: (step: ScaleStep) => void,
): Promise<ScaleStep[]> {
  const steps: ScaleStep[] = [];
  let generated = 0;
  for (const size of sizes) {
    const startedAt = performance.now();
    const added = size - generated;
    for (; generated < size; generated++) {
      await createFunction({
        workspaceRoot: root,
        answers: { name: functionName(generated + 1), blueprint: SCAFFOLD_BLUEPRINT, settings: {} },
        yes: true,
        link: false,
        output: silent,
      });
    }
    const generateSecondsPerFunction = (performance.now() - startedAt) / 1000 / Math.max(1, added);
    installFromStore(root);
    const turbo = (task: 'build' | 'synth', cold: boolean) =>
      runWorkspaceCommand('pnpm', scaleCommand(task, cold), root);
    const step: ScaleStep = {
      functions: size,
      generateSecondsPerFunction,
      buildCold: turbo('build', true),
      buildWarm: turbo('build', false),
      synthCold: turbo('synth', true),
      synthWarm: turbo('synth', false),
    };
    steps.push(step);
    onStep(step);
  }
  return steps;
}

/** Removes functions/<name> of the copy, for a suite that needs the functions folder empty. */
export function removeFunctions(root: string, names: readonly string[]): void {
  for (const name of names) {
    rmSync(join(root, 'functions', name), { recursive: true, force: true });
  }
}
