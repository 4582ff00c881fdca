import { dynamodbStreamBatch, kinesisBatch, sqsBatch } from '@lambda-blueprints/runtime';
import {
  dynamodbEvent,
  dynamodbRecord,
  kinesisEvent,
  kinesisRecord,
  lambdaContext,
  sqsEvent,
  sqsRecord,
} from '../test/factories.js';
import { benchOrder, benchOrderMini } from './bench-payloads.js';
import { handWrittenDynamodbHandler, handWrittenKinesisHandler, handWrittenSqsHandler } from './hand-written-loops.js';
import { powertoolsInnerSchemaSqsHandler, powertoolsRecordSchemaSqsHandler } from './powertools-sqs-handlers.js';
import { printTable } from './print-table.js';
import { recordsPerSecond } from './throughput.js';

const recordsPerBatch = 10_000;
const context = lambdaContext();
// The record function every contender calls: the comparison is about what surrounds it.
const handleRecord = async (_payload: unknown): Promise<void> => {};
const discardLine = (_line: string): void => {};

interface Contender {
  name: string;
  invoke: () => Promise<{ batchItemFailures: unknown[] }>;
}

async function compare(title: string, contenders: Contender[], ratios: [string, number, number][]): Promise<void> {
  const failures: number[] = [];
  for (const contender of contenders) {
    failures.push((await contender.invoke()).batchItemFailures.length);
  }
  const rates = await recordsPerSecond(
    contenders.map((contender) => contender.invoke),
    recordsPerBatch,
  );
  printTable(
    title,
    ['contender', 'records/s', 'failures reported'],
    contenders.map((contender, index) => [
      contender.name,
      `${((rates[index] ?? 0) / 1e6).toFixed(3)} M`,
      String(failures[index]),
    ]),
  );
  for (const [label, numerator, denominator] of ratios) {
    console.log(`${label}: ${((rates[numerator] ?? 0) / (rates[denominator] ?? 1)).toFixed(2)}`);
  }
}

// Every 100th SQS message fails validation, so partial-failure collection is part of the work.
const sqsBatchEvent = sqsEvent(
  Array.from({ length: recordsPerBatch }, (_, index) =>
    sqsRecord({ body: index % 100 === 99 ? { ...benchOrder(index), amount: 'n/a' } : benchOrder(index) }),
  ),
);
// Streams stop at the first failure, so their batches are all valid to measure a full pass.
const kinesisBatchEvent = kinesisEvent(
  Array.from({ length: recordsPerBatch }, (_, index) => kinesisRecord({ data: benchOrder(index) })),
);
const dynamodbBatchEvent = dynamodbEvent(
  Array.from({ length: recordsPerBatch }, (_, index) =>
    dynamodbRecord({ eventName: 'INSERT', keys: { orderId: benchOrder(index).orderId }, newImage: benchOrder(index) }),
  ),
);

console.log(
  `Throughput, ${recordsPerBatch.toLocaleString('en')} records of ~${sqsBatchEvent.Records[0]?.body.length} bytes per call, Node ${process.version}`,
);

const handWrittenSqs = handWrittenSqsHandler(benchOrderMini, handleRecord);
const runtimeSqs = sqsBatch({ schema: benchOrderMini, handleRecord, writeLine: discardLine });
const powertoolsInnerSchemaSqs = powertoolsInnerSchemaSqsHandler(handleRecord);
const powertoolsRecordSchemaSqs = powertoolsRecordSchemaSqsHandler(handleRecord);
await compare(
  'SQS (1 in 100 messages invalid)',
  [
    { name: '(a) hand-written loop, zod/mini', invoke: () => handWrittenSqs(sqsBatchEvent) },
    { name: '(b) sqsBatch, zod/mini', invoke: () => runtimeSqs(sqsBatchEvent, context) },
    {
      name: '(c1) Powertools BatchProcessor + parser, zod, innerSchema (as documented)',
      invoke: () => powertoolsInnerSchemaSqs(sqsBatchEvent, context),
    },
    {
      name: '(c2) Powertools BatchProcessor + parser, zod, record schema built once',
      invoke: () => powertoolsRecordSchemaSqs(sqsBatchEvent, context),
    },
  ],
  [
    ['b/a (target >= 0.5)', 1, 0],
    ['b/c1 (target >= 5)', 1, 2],
    ['b/c2 (target >= 5)', 1, 3],
    ['a/c2 (the bound for b/c2)', 0, 3],
  ],
);

const handWrittenKinesis = handWrittenKinesisHandler(benchOrderMini, handleRecord);
const runtimeKinesis = kinesisBatch({ schema: benchOrderMini, handleRecord, writeLine: discardLine });
await compare(
  'Kinesis (in order, all valid)',
  [
    { name: '(a) hand-written ordered loop, zod/mini', invoke: () => handWrittenKinesis(kinesisBatchEvent) },
    { name: '(b) kinesisBatch, zod/mini', invoke: () => runtimeKinesis(kinesisBatchEvent, context) },
  ],
  [['b/a (target >= 0.5)', 1, 0]],
);

const handWrittenDynamodb = handWrittenDynamodbHandler(benchOrderMini, handleRecord);
const runtimeDynamodb = dynamodbStreamBatch({ schema: benchOrderMini, handleRecord, writeLine: discardLine });
await compare(
  'DynamoDB Streams (INSERT, in order, all valid)',
  [
    { name: '(a) hand-written ordered loop, zod/mini', invoke: () => handWrittenDynamodb(dynamodbBatchEvent) },
    { name: '(b) dynamodbStreamBatch, zod/mini', invoke: () => runtimeDynamodb(dynamodbBatchEvent, context) },
  ],
  [['b/a (target >= 0.5)', 1, 0]],
);
