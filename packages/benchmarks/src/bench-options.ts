import { parseArgs } from 'node:util';
import { InvalidBenchArgumentError } from './errors.js';

/** What `pnpm bench` was asked to do. */
export interface BenchOptions {
  /** A smaller pass: fewer runs and rounds, and smaller workspaces for the scale figures. */
  quick: boolean;
  help: boolean;
}

export const BENCH_USAGE = [
  'Usage: pnpm bench [--quick]',
  '',
  'Measures cold start, throughput, memory, scaffold-to-green and scale on this machine, each figure as a ratio',
  'against a reference measured in the same run, and writes docs/benchmarks.md and docs/benchmarks.svg.',
  '',
  '  --quick     a smaller pass (fewer runs, workspaces of 1 and 5 functions)',
  '  --help, -h  this text',
  '',
].join('\n');

/** Parses the bench's arguments; anything unknown is an InvalidBenchArgumentError. */
export function parseBenchOptions(args: readonly string[]): BenchOptions {
  try {
    // pnpm may pass its `--` separator through.
    const { values } = parseArgs({
      args: args.filter((arg) => arg !== '--'),
      options: { quick: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
    return { quick: values.quick ?? false, help: values.help ?? false };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InvalidBenchArgumentError(`${detail}\n\n${BENCH_USAGE}`);
  }
}
