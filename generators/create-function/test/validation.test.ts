import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FunctionExistsError, InvalidFlagError } from '../src/errors.js';
import { validateAnswers } from '../src/validation.js';
import { ARNS, partialAnswers, validationContext } from './support/answers-factory.js';

const context = validationContext();

/** The error validateAnswers throws for the answers, or undefined when they are valid. */
function problemWith(
  overrides: Parameters<typeof partialAnswers>[0],
): InvalidFlagError | FunctionExistsError | undefined {
  try {
    validateAnswers(partialAnswers(overrides), context);
    return undefined;
  } catch (error) {
    if (error instanceof InvalidFlagError || error instanceof FunctionExistsError) return error;
    throw error;
  }
}

describe('validateAnswers', () => {
  it('accepts a full set of valid answers', () => {
    // Act
    const problem = problemWith({
      with: ['xray', 'dynamodb-write'],
      existingSource: { arn: ARNS.queue, keyArn: ARNS.key },
      sinkArns: { 'dynamodb-write': ARNS.table },
      settings: { batchSize: 500, batchingWindow: 5 },
    });

    // Assess
    expect(problem).toBeUndefined();
  });

  it.each([
    ['Orders', 'is not kebab-case'],
    ['orders_consumer', 'is not kebab-case'],
    ['2-orders', 'is not kebab-case'],
    ['orders--consumer', 'is not kebab-case'],
  ])('refuses the name %s: %s', (name, message) => {
    // Act
    const problem = problemWith({ name });

    // Assess
    expect(problem?.message).toContain(message);
    expect(problem?.flag).toBe('--name');
  });

  it('refuses a name longer than a Lambda function name can be', () => {
    // Act
    const problem = problemWith({ name: `orders-${'x'.repeat(60)}` });

    // Assess
    expect(problem?.message).toMatch(/has 67 characters, .* takes at most 64/);
  });

  it.each(['http', 'zod', 'aws-cdk-lib', 'typescript'])('refuses the reserved name %s', (name) => {
    // Act
    const problem = problemWith({ name });

    // Assess
    expect(problem?.message).toContain(`"${name}" is reserved`);
  });

  it('refuses a name whose folder exists in functions/', () => {
    // Prepare
    mkdirSync(join(context.functionsDirectory, 'taken'));

    // Act
    const problem = problemWith({ name: 'taken' });

    // Assess
    expect(problem).toBeInstanceOf(FunctionExistsError);
    expect(problem?.message).toContain('never overwrites');
  });

  it('lists the blueprints that exist for an unknown one', () => {
    // Act
    const problem = problemWith({ blueprint: 'kafka' });

    // Assess
    expect(problem?.message).toBe(
      `Unknown --blueprint "kafka". Use one of: ${context.blueprints.map((blueprint) => blueprint.folder).join(', ')}.`,
    );
  });

  it('refuses a batching window on a FIFO queue', () => {
    // Act
    const problem = problemWith({ blueprint: 'sqs-fifo', settings: { batchingWindow: 5 } });

    // Assess
    expect(problem?.flag).toBe('--batching-window');
    expect(problem?.message).toContain('FIFO queues take no batching window');
  });

  it.each([
    ['sqs', { batchSize: 11 }, 'between 1 and 10 messages for a standard queue without a batching window'],
    ['sqs', { batchSize: 10_001, batchingWindow: 1 }, 'between 1 and 10000 messages'],
    ['sqs-fifo', { batchSize: 20 }, 'between 1 and 10 messages for a FIFO queue'],
    ['kinesis', { batchSize: 0 }, 'between 1 and 10000 records'],
    ['kinesis', { recordAge: 30 }, 'between 60 and 604800 seconds'],
    ['dynamodb-streams', { retries: 10_001 }, 'between 0 and 10000 attempts'],
  ] as const)('refuses %s settings %o outside the limits the construct enforces', (blueprint, settings, message) => {
    // Act
    const problem = problemWith({ blueprint, settings });

    // Assess
    expect(problem?.message).toContain(message);
  });

  it('refuses a stream setting on a queue, naming the settings the source has', () => {
    // Act
    const problem = problemWith({ blueprint: 'sqs', settings: { retries: 3 } });

    // Assess
    expect(problem?.message).toContain('--retries does not apply here');
    expect(problem?.message).toContain('--max-receive-count');
  });

  it('refuses new-queue settings for an existing queue', () => {
    // Act
    const problem = problemWith({
      existingSource: { arn: ARNS.queue, keyArn: undefined },
      settings: { maxReceiveCount: 3 },
    });

    // Assess
    expect(problem?.message).toContain("an existing queue's redrive policy and retention are its owner's");
  });

  it('refuses enhanced fan-out on an SQS source', () => {
    // Act
    const problem = problemWith({ with: ['fan-out'] });

    // Assess
    expect(problem?.flag).toBe('--with');
    expect(problem?.message).toContain('reads Kinesis streams only');
  });

  it.each([
    [
      { existingSource: { arn: ARNS.fifoQueue, keyArn: undefined } },
      '--source-arn',
      'is not an SQS standard queue ARN',
    ],
    [
      { existingSource: { arn: 'arn:aws:sqs:eu-west-1:1234:orders', keyArn: undefined } },
      '--source-arn',
      'arn:aws:sqs:eu-west-1:123456789012:orders',
    ],
    [{ existingSource: { arn: ARNS.queue, keyArn: 'alias/orders' } }, '--source-key-arn', 'is not a KMS key ARN'],
    [{ roleArn: 'orders-consumer' }, '--role-arn', 'is not an IAM role ARN'],
    [
      { with: ['dynamodb-write' as const], sinkArns: { 'dynamodb-write': ARNS.queue } },
      '--sink-table-arn',
      'is not a DynamoDB table ARN',
    ],
  ])('refuses a malformed ARN %o', (overrides, flag, message) => {
    // Act
    const problem = problemWith(overrides);

    // Assess
    expect(problem?.flag).toBe(flag);
    expect(problem?.message).toContain(message);
  });

  it('refuses a sink target without its sink', () => {
    // Act
    const problem = problemWith({ with: ['xray'], sinkArns: { 'sqs-send': ARNS.queue } });

    // Assess
    expect(problem?.message).toBe('--sink-queue-arn names the target of the sqs-send sink: add sqs-send to --with.');
  });

  it('refuses managed mode together with an existing role', () => {
    // Act
    const problem = problemWith({ roleMode: 'managed', roleArn: ARNS.role });

    // Assess
    expect(problem?.message).toContain('--role-mode managed and --role-arn exclude each other');
  });

  it('refuses VPC subnets and zones that do not pair up', () => {
    // Act
    const problem = problemWith({
      with: ['vpc'],
      vpc: {
        vpcId: 'vpc-0a1b2c3d',
        subnetIds: ['subnet-0a1b2c3d', 'subnet-1a2b3c4d'],
        availabilityZones: ['eu-west-1a'],
      },
    });

    // Assess
    expect(problem?.message).toContain('lists 2 subnets but --availability-zones 1 zones');
  });
});
