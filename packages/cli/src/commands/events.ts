import { type EventSourceName, type GenerateEventOptions, generateEvent } from '@lambda-blueprints/testing';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../errors.js';
import { integerFlag, listFlag, oneOf } from '../local-run/flag-values.js';
import { bodyFromFlags } from '../local-run/json-input.js';
import { parseFlagsAndOperands } from '../parse-flags.js';

const eventSources = ['sqs', 'sqs-fifo', 'kinesis', 'dynamodb-streams'] as const satisfies readonly EventSourceName[];
const eventNames = ['INSERT', 'MODIFY', 'REMOVE'] as const;

/** Flags that describe the records of one source only. */
const sourceFlags = {
  'group-ids': 'sqs-fifo',
  'partition-keys': 'kinesis',
  'event-names': 'dynamodb-streams',
} as const satisfies Record<string, EventSourceName>;

const DEFAULT_COUNT = 10;

export const eventsHelp = `Usage: blueprints events <source> [flags]

Prints a real-shaped event batch (the Records[] Lambda passes to the function) as JSON, like
\`sam local generate-event\` but with batches, payloads from a file and malformed records on demand.
Pipe it to a function: blueprints events sqs --count 5 | pnpm --filter <function> invoke --event -

  <source>                   ${eventSources.join(' | ')}
  --count <n>                records in the batch (default ${DEFAULT_COUNT})
  --body <json>              the payload of every record: the SQS body, the Kinesis data, the DynamoDB item
                             (default { "id": n }); a DynamoDB item keeps its own pk (and sk) as every
                             record's Keys, and MODIFY and REMOVE carry it whole as OldImage
  --body-file <file>         the same, read from a JSON file
  --malformed <k>            k records carry a payload that is not JSON (DynamoDB: images a schema rejects),
                             spread evenly through the batch (default 0)
  --group-ids <a,b>          sqs-fifo: record i is in group i mod n (default group-1,group-2,group-3)
  --partition-keys <a,b>     kinesis: record i has partition key i mod n (default partition-key-1)
  --event-names <names>      dynamodb-streams: record i is a change of kind i mod n, of ${eventNames.join(', ')}
                             (default INSERT)
  --source-arn <arn>         the queue, stream or table stream ARN (default a test one in us-east-1)
  --seed <seed>              the same seed prints the same event (ids, sequence numbers, timestamps)
  -h, --help                 this help

Exit codes: 0 printed, 2 bad source, flag or value, or an unreadable or invalid --body-file.
`;

const text = { type: 'string' } as const;
const flags = {
  count: text,
  body: text,
  'body-file': text,
  malformed: text,
  'group-ids': text,
  'partition-keys': text,
  'event-names': text,
  'source-arn': text,
  seed: text,
  help: { type: 'boolean', short: 'h' },
} as const;

function sourceOf(operands: readonly string[]): EventSourceName {
  const [source, ...more] = operands;
  if (source === undefined) throw new UsageError(`Missing <source>. Use one of: ${eventSources.join(', ')}.`);
  if (more.length > 0) throw new UsageError(`blueprints events takes one source, but got ${operands.join(', ')}.`);
  return oneOf('source', source, eventSources);
}

/** `blueprints events <source>`: prints a generated batch event of the source as JSON. */
export async function eventsCommand(args: readonly string[], io: CliIo): Promise<void> {
  const { values, operands } = parseFlagsAndOperands('events', args, flags);
  if (values.help) {
    io.stdout(eventsHelp);
    return;
  }
  const source = sourceOf(operands);
  for (const [flag, only] of Object.entries(sourceFlags)) {
    if (values[flag as keyof typeof sourceFlags] !== undefined && source !== only) {
      throw new UsageError(`--${flag} describes ${only} records: it does not apply to ${source}.`);
    }
  }
  const count = integerFlag('count', values.count, { min: 1 }) ?? DEFAULT_COUNT;
  const names = listFlag('event-names', values['event-names']);
  const options: GenerateEventOptions = {
    count,
    malformed: integerFlag('malformed', values.malformed, {
      min: 0,
      max: { value: count, what: `the ${count} records` },
    }),
    body: await bodyFromFlags('events', values),
    groupIds: listFlag('group-ids', values['group-ids']),
    partitionKeys: listFlag('partition-keys', values['partition-keys']),
    eventNames: names?.map((name) => oneOf('--event-names item', name, eventNames)),
    sourceArn: values['source-arn'],
    seed: values.seed,
  };
  io.stdout(`${JSON.stringify(generateEvent(source, options), null, 2)}\n`);
}
