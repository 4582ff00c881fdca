import {
  captureLogs,
  type LambdaHandler,
  type LogLine,
  loadHandlerBundle,
  type SimulationOptions,
  type SimulationResult,
  simulate,
  simulateAgainstLocal,
  withFunctionEnvironment,
} from '@lambda-blueprints/testing';
import type { CliIo } from '../cli-io.js';
import { integerFlag, oneOf, probabilityFlag } from '../local-run/flag-values.js';
import { bodyFromFlags } from '../local-run/json-input.js';
import { type LocalFunction, localFunction } from '../local-run/local-function.js';
import { ProgressLine, progressOutputOf } from '../local-run/progress-line.js';
import { sampleEventFiles } from '../local-run/sample-events.js';
import { acceptedSamplePayloads } from '../local-run/sample-payloads.js';
import { recordsLostError, simulationSummaryText } from '../local-run/simulation-report.js';
import { parseFlagsAndOperands } from '../parse-flags.js';

const DEFAULT_RECORDS = 100;

export const simulateHelp = `Usage: blueprints simulate [PACKAGE_DIR] [flags]

Runs a function's built bundle under its event source mapping's semantics, read from its synthesized template:
batch size, ReportBatchItemFailures, visibility timeout and redrive to the DLQ (SQS), FIFO groups, shards,
checkpoints, bisect, retries, record age and the on-failure destination (streams), filters. In memory on a virtual
clock (10,000 records take seconds), or against local emulators in real time. Prints what became of the records
and fails when any would be lost. Runs the package's build and synth scripts first when their output is stale.
In a function package: pnpm simulate [flags].

  PACKAGE_DIR          a blueprint or function folder (default: the current directory)
  --records <n>        records put in the source (default ${DEFAULT_RECORDS})
  --fail-rate <p>      each delivery of a record fails with probability p, from 0 up to 1 (default 0)
  --poison <k>         k records fail on every delivery (default 0)
  --seed <seed>        repeats a run: the same records and faults (default random, printed)
  --body <json>        the payload of every record (default: the payloads of the events/*.json records the
                       handler accepts, found by invoking it once per file; else { "id": n })
  --body-file <file>   the same, read from a JSON file
  --against local      run against local-aws-sqs or kinesalite on 127.0.0.1 instead, in real time (keep
                       --records small; no DynamoDB Streams, bisect, record age or batching window)
  --cdk-out <dir>      the package's cloud assembly, relative to it (default: cdk.out)
  --mapping <id>       the event source mapping to simulate, when the templates have several
  -h, --help           this help

Faults go through the handler's own response: a failing record is reported in batchItemFailures as if the
function had failed it. The function's logs are kept, not printed.

Exit codes: 0 every record accounted for, 1 records lost (the message says why), or build or synth failed,
2 bad flags or values, not a function package, or a mapping the simulator cannot read.
`;

const text = { type: 'string' } as const;
const flags = {
  records: text,
  'fail-rate': text,
  poison: text,
  seed: text,
  body: text,
  'body-file': text,
  against: text,
  'cdk-out': text,
  mapping: text,
  help: { type: 'boolean', short: 'h' },
} as const;

interface RunPlan {
  against: 'memory' | 'local';
  records: number;
  body: unknown;
  options: Pick<SimulationOptions, 'failRate' | 'poison' | 'seed'>;
}

/** The run's records: the given body, the accepted sample payloads in turn, or the engine's default payloads. */
async function recordsOption(fn: LocalFunction, plan: RunPlan, handler: LambdaHandler<unknown>) {
  if (plan.body !== undefined) {
    const note = 'Records carry the payload of --body or --body-file.\n';
    return { records: Array.from({ length: plan.records }, () => plan.body), note };
  }
  const sampleFiles = await sampleEventFiles(fn.package.directory);
  const { payloads, files } = await acceptedSamplePayloads(sampleFiles, handler, fn.settings);
  if (payloads.length === 0) {
    const why =
      sampleFiles.length === 0 ? 'There is no events/*.json' : 'No events/*.json record is accepted by the handler';
    return { records: plan.records, note: `${why}: the records carry { "id": n } (pass --body or --body-file).\n` };
  }
  return {
    records: Array.from({ length: plan.records }, (_, index) => payloads[index % payloads.length]),
    note: `Records carry the payloads of the ${payloads.length} accepted sample records of ${files.join(', ')}.\n`,
  };
}

/** How many of the function's log lines to show when it processed nothing: enough to say why. */
const LOG_LINES_SHOWN = 3;

/**
 * Loads the bundle and runs the simulation inside the function's environment. The function's output is captured:
 * while its module loads and the sample events are tried (dropped: not the run's), and during the run (returned).
 */
async function runSimulation(
  fn: LocalFunction,
  plan: RunPlan,
  io: CliIo,
): Promise<{ result: SimulationResult; lines: LogLine[] }> {
  // Made before any capture starts, which would otherwise keep the progress with the function's logs.
  const output = progressOutputOf(io);
  const progress = new ProgressLine(output);
  const run = plan.against === 'local' ? simulateAgainstLocal : simulate;
  const simulation = await withFunctionEnvironment(fn.settings.function, async () => {
    const { result: prepared } = await captureLogs(async () => {
      const handler = await loadHandlerBundle(fn.package.bundlePath);
      return { handler, ...(await recordsOption(fn, plan, handler)) };
    });
    output.write(prepared.note);
    return captureLogs(() =>
      run(fn.settings, prepared.handler, {
        ...plan.options,
        records: prepared.records,
        onProgress: ({ settled, recordsIn, invocations }) =>
          progress.update(
            `Simulating: ${settled} of ${recordsIn} records settled, ${invocations} invocations`,
            settled,
            recordsIn,
          ),
      }),
    );
  });
  progress.finish();
  return { result: simulation.result, lines: simulation.lines };
}

/** Where the function's captured log lines went, and the first of them when it processed no record at all. */
function reportLogs(result: SimulationResult, lines: readonly LogLine[], io: CliIo): void {
  const { processed, recordsIn, filtered } = result.summary;
  if (processed === 0 && recordsIn > filtered && lines.length > 0) {
    const first = lines.slice(0, LOG_LINES_SHOWN).map((line) => `  ${line.text}`);
    io.stderr(`The function processed no record. Its first log lines:\n${first.join('\n')}\n`);
  } else if (lines.length > 0) {
    io.stderr(`The function wrote ${lines.length} log lines (not shown; \`invoke\` shows them for one batch).\n`);
  }
}

/**
 * `blueprints simulate [PACKAGE_DIR]`: runs the function's bundle under its mapping's semantics with injected faults,
 * prints the summary, and fails (RecordsLostError, exit 1) when records would be lost.
 */
export async function simulateCommand(args: readonly string[], io: CliIo): Promise<void> {
  const { values, operands } = parseFlagsAndOperands('simulate', args, flags);
  if (values.help) {
    io.stdout(simulateHelp);
    return;
  }
  const records = integerFlag('records', values.records, { min: 1 }) ?? DEFAULT_RECORDS;
  const plan: RunPlan = {
    against: values.against === undefined ? 'memory' : oneOf('--against', values.against, ['local'] as const),
    records,
    body: await bodyFromFlags('simulate', values),
    options: {
      failRate: probabilityFlag('fail-rate', values['fail-rate']),
      poison: integerFlag('poison', values.poison, { min: 0, max: { value: records, what: `the ${records} records` } }),
      seed: values.seed,
    },
  };
  const fn = await localFunction('simulate', operands, { cdkOut: values['cdk-out'], mapping: values.mapping }, io);
  const { result, lines } = await runSimulation(fn, plan, io);
  reportLogs(result, lines, io);
  io.stdout(simulationSummaryText(result));
  const lost = recordsLostError(result);
  if (lost !== undefined) throw lost;
  for (const warning of result.warnings) io.stderr(`Warning: ${warning}\n`);
}
