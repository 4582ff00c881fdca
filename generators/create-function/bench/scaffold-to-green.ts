import { performance } from 'node:perf_hooks';
import { copyWorkspace, pnpm, type WorkspaceCopy } from '../test/support/workspace-copy.js';

// Scaffold-to-green: `pnpm create-function ... --yes` and then the new function's own tests, in a linked copy of the
// workspace, timed as a user would see them. Prints the figures and asserts nothing (target: under 20 s on 2 cores).
// Arguments: the blueprint (default sqs), then any more create-function flags (e.g. --with xray).
const [blueprint = 'sqs', ...flags] = process.argv.slice(2);
const name = `bench-${blueprint}`;

/** Seconds `task` took, and whether it succeeded (a failing step is reported, not thrown). */
function timed(task: () => unknown): { seconds: number; outcome: string } {
  const started = performance.now();
  let outcome = 'ok';
  try {
    task();
  } catch (error) {
    outcome = `FAILED: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
  }
  return { seconds: (performance.now() - started) / 1000, outcome };
}

let workspace: WorkspaceCopy | undefined;
const setup = timed(() => {
  workspace = copyWorkspace();
});
try {
  const root = workspace?.root ?? '';
  const command = ['create-function', '--name', name, '--blueprint', blueprint, ...flags, '--yes'];
  const scaffold = timed(() => pnpm(root, command));
  const tests = timed(() => pnpm(root, ['--filter', name, 'test']));
  const rows: [number, string, string][] = [
    [setup.seconds, 'workspace copy + pnpm install (setup, not counted)', setup.outcome],
    [scaffold.seconds, `pnpm ${command.join(' ')}`, scaffold.outcome],
    [tests.seconds, `pnpm --filter ${name} test`, tests.outcome],
    [scaffold.seconds + tests.seconds, 'scaffold-to-green', ''],
  ];
  for (const [seconds, step, outcome] of rows) console.log(`${seconds.toFixed(1).padStart(6)} s  ${step}  ${outcome}`);
} finally {
  workspace?.remove();
}
