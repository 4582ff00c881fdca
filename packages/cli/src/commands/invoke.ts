import { basename, relative } from 'node:path';
import type { Readable } from 'node:stream';
import { generateEvent, invokeFunction } from '@lambda-blueprints/testing';
import type { CliIo } from '../cli-io.js';
import { invocationFailure, invocationLogText, invocationResponseText } from '../local-run/invocation-report.js';
import { readJsonFile, readJsonStream } from '../local-run/json-input.js';
import { type LocalFunction, localFunction } from '../local-run/local-function.js';
import { eventSourceNameOf } from '../local-run/mapped-function.js';
import { SAMPLE_EVENTS_FOLDER, sampleEventFiles } from '../local-run/sample-events.js';
import { parseFlagsAndOperands } from '../parse-flags.js';

export const invokeHelp = `Usage: blueprints invoke [PACKAGE_DIR] [--event <file> | --event -] [flags]

Runs a function's built bundle (dist/handler.mjs) once, in this process, as Lambda would: a context with a request
id and a remaining time counting down from the function's Timeout, its memory size and environment variables, all
read from its synthesized template. Prints the response on stdout and the function's log (START, its lines, END,
REPORT) on stderr. Runs the package's build and synth scripts first when their output is missing or older than
src/ and infra/. In a function package: pnpm invoke [--event <file>].

  PACKAGE_DIR        a blueprint or function folder (default: the current directory)
  --event <file>     the event, a JSON file; - reads it from stdin (pipe \`blueprints events\` into it)
                     (default: the first events/*.json of the package, else a generated batch of its source)
  --cdk-out <dir>    the package's cloud assembly, relative to it (default: cdk.out)
  --mapping <id>     the event source mapping whose function to run, when the templates have several
  -h, --help         this help

Exit codes: 0 the function returned (a partial batch response included), 1 it threw or timed out, or build or synth
failed, 2 bad flags, not a function package, or an unreadable or invalid event.
`;

const flags = {
  event: { type: 'string' },
  'cdk-out': { type: 'string' },
  mapping: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The event to invoke with, and a note on stderr when it is not the one the user gave. */
async function eventOf(fn: LocalFunction, eventFlag: string | undefined, stdin: Readable, io: CliIo): Promise<unknown> {
  if (eventFlag === '-') return readJsonStream(stdin, '--event - (stdin)');
  if (eventFlag !== undefined) return readJsonFile(eventFlag, `--event ${eventFlag}`);
  const [sample] = await sampleEventFiles(fn.package.directory);
  if (sample !== undefined) {
    io.stderr(`Event: ${SAMPLE_EVENTS_FOLDER}/${basename(sample)} (pass --event <file> for another).\n`);
    return readJsonFile(sample, `${SAMPLE_EVENTS_FOLDER}/${basename(sample)}`);
  }
  const source = eventSourceNameOf(fn.settings);
  io.stderr(`Event: a generated ${source} batch (no ${SAMPLE_EVENTS_FOLDER}/*.json; pass --event <file>).\n`);
  return generateEvent(source);
}

/**
 * `blueprints invoke [PACKAGE_DIR]`: invokes the function's bundle once with an event file, stdin, or its sample
 * event, and prints the response (stdout) and its log (stderr). Fails (exit 1) when the function threw or timed out.
 */
export async function invokeCommand(
  args: readonly string[],
  io: CliIo,
  stdin: Readable = process.stdin,
): Promise<void> {
  const { values, operands } = parseFlagsAndOperands('invoke', args, flags);
  if (values.help) {
    io.stdout(invokeHelp);
    return;
  }
  const fn = await localFunction('invoke', operands, { cdkOut: values['cdk-out'], mapping: values.mapping }, io);
  const event = await eventOf(fn, values.event, stdin, io);
  const result = await invokeFunction({
    bundlePath: fn.package.bundlePath,
    template: fn.template,
    functionLogicalId: fn.settings.function.logicalId,
    event,
  });
  const { logicalId, functionName } = fn.settings.function;
  io.stderr(`Function: ${logicalId} (${functionName}) of ${relative(fn.package.directory, fn.templateFile)}.\n`);
  io.stderr(invocationLogText(result));
  io.stdout(invocationResponseText(result));
  const failure = invocationFailure(result);
  if (failure !== undefined) throw failure;
}
