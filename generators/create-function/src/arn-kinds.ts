/** The kinds of ARN the generator takes, each with what it names and an example for the error message. */
const partition = 'aws(?:-[a-z]+)*';
const region = '[a-z]{2}(?:-[a-z]+)+-\\d';
const account = '\\d{12}';

interface ArnKind {
  what: string;
  example: string;
  pattern: RegExp;
}

const arn = (service: string, resource: string): RegExp =>
  new RegExp(`^arn:${partition}:${service}:${region}:${account}:${resource}$`);

export const arnKinds = {
  'sqs-queue': {
    what: 'an SQS standard queue ARN',
    example: 'arn:aws:sqs:eu-west-1:123456789012:orders',
    pattern: arn('sqs', '(?![\\w-]*\\.fifo$)[\\w-]{1,80}'),
  },
  'sqs-fifo-queue': {
    what: 'an SQS FIFO queue ARN (its name ends in .fifo)',
    example: 'arn:aws:sqs:eu-west-1:123456789012:orders.fifo',
    pattern: arn('sqs', '[\\w-]{1,75}\\.fifo'),
  },
  'any-sqs-queue': {
    what: 'an SQS queue ARN',
    example: 'arn:aws:sqs:eu-west-1:123456789012:audit',
    pattern: arn('sqs', '[\\w-]{1,75}(?:\\.fifo)?'),
  },
  'kinesis-stream': {
    what: 'a Kinesis data stream ARN',
    example: 'arn:aws:kinesis:eu-west-1:123456789012:stream/readings',
    pattern: arn('kinesis', 'stream/[\\w.-]{1,128}'),
  },
  'dynamodb-stream': {
    what: 'a DynamoDB table stream ARN',
    example: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders/stream/2026-01-01T00:00:00.000',
    pattern: arn('dynamodb', 'table/[\\w.-]{3,255}/stream/[\\w:.-]+'),
  },
  'dynamodb-table': {
    what: 'a DynamoDB table ARN',
    example: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders',
    pattern: arn('dynamodb', 'table/[\\w.-]{3,255}'),
  },
  'kms-key': {
    what: 'a KMS key ARN (a key, not an alias: IAM grants on keys)',
    example: 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    pattern: arn('kms', 'key/[\\w-]+'),
  },
  'iam-role': {
    what: 'an IAM role ARN',
    example: 'arn:aws:iam::123456789012:role/orders-consumer',
    pattern: new RegExp(`^arn:${partition}:iam::${account}:role/(?:[\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}$`),
  },
} as const satisfies Record<string, ArnKind>;

export type ArnKindName = keyof typeof arnKinds;
