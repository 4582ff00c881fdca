import { Duration } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import {
  ConflictingPropsError,
  OutOfRangeError,
  SqsQueueSource,
  type SqsQueueSourceProps,
  UnsupportedOptionError,
  VisibilityTimeoutTooShortError,
} from '../src/index.js';
import {
  allAs,
  arnOf,
  composedDocumentOf,
  decisions,
  foreignArn,
  roleOf,
  statementSet,
} from './support/role-under-test.js';
import { logicalIdOf, useSynthFixture } from './support/synth-fixture.js';

const POLL_ACTIONS = ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'];
const KEY_ARN = foreignArn('kms', 'key/1234abcd-12ab-34cd-56ef-1234567890ab');

const fixture = useSynthFixture();

function deadLetterQueueOf(source: SqsQueueSource) {
  const queue = source.deadLetterQueue;
  if (queue === undefined) throw new Error('The source created no dead-letter queue');
  return queue;
}

function synthSqs(props: SqsQueueSourceProps = {}, timeout?: Duration) {
  const source = new SqsQueueSource(props);
  return { source, ...fixture.synthFunction({ source, timeout }) };
}

describe('SqsQueueSource mapping', () => {
  it('maps the queue with ReportBatchItemFailures and batches of 10', () => {
    // Prepare / Act
    const { template, source, ...synthesized } = synthSqs();

    // Assess
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(source.queue), 'Arn'] },
      FunctionName: { Ref: logicalIdOf(synthesized.fn.lambdaFunction) },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 10,
    });
  });

  it('passes the batching window and the maximum concurrency to the mapping', () => {
    // Prepare / Act
    const { template } = synthSqs({ batchSize: 500, maxBatchingWindow: Duration.seconds(20), maxConcurrency: 5 });

    // Assess
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 500,
      MaximumBatchingWindowInSeconds: 20,
      ScalingConfig: { MaximumConcurrency: 5 },
    });
  });
});

describe('SqsQueueSource role', () => {
  it('allows polling this queue only, and not sending to it', () => {
    // Prepare
    const synthesized = synthSqs();
    const queueArn = arnOf(synthesized, synthesized.source.queue);

    // Act
    const role = roleOf(synthesized);

    // Assess
    expect(decisions(role, POLL_ACTIONS, queueArn)).toEqual(allAs(POLL_ACTIONS, true));
    expect(decisions(role, POLL_ACTIONS, foreignArn('sqs', 'another-queue'))).toEqual(allAs(POLL_ACTIONS, false));
    expect(decisions(role, ['sqs:SendMessage', 'sqs:PurgeQueue'], queueArn)).toEqual(
      allAs(['sqs:SendMessage', 'sqs:PurgeQueue'], false),
    );
  });

  it('holds exactly the statements of the role templates and no AWS managed policy', () => {
    // Prepare
    const synthesized = synthSqs();

    // Act
    const role = roleOf(synthesized);

    // Assess
    expect(statementSet(role.policyDocuments)).toEqual(statementSet([composedDocumentOf(synthesized)]));
    expect(role.managedPolicyArns).toEqual([]);
    expect(synthesized.fn.requiredPolicy.templates).toEqual(['basic-execution', 'sqs-poll']);
  });
});

describe('SqsQueueSource dead-letter queue', () => {
  it('redrives to a DLQ after 5 receives by default', () => {
    // Prepare / Act
    const { template, source } = synthSqs();

    // Assess
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [logicalIdOf(deadLetterQueueOf(source)), 'Arn'] },
        maxReceiveCount: 5,
      },
    });
  });

  it('redrives after maxReceiveCount receives when given', () => {
    // Prepare / Act
    const { template } = synthSqs({ maxReceiveCount: 3 });

    // Assess
    template.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: Match.objectLike({ maxReceiveCount: 3 }) });
  });

  it('makes the DLQ of a FIFO queue FIFO too, and the mapping kind sqs-fifo', () => {
    // Prepare / Act
    const { template, source, json, fn } = synthSqs({ fifo: true });

    // Assess
    expect(fn.sourceKind).toBe('sqs-fifo');
    for (const queue of [source.queue, deadLetterQueueOf(source)]) {
      expect(json.Resources?.[logicalIdOf(queue)]?.Properties?.FifoQueue).toBe(true);
    }
    template.resourceCountIs('AWS::SQS::Queue', 2);
  });

  it('keeps standard queues and their DLQ standard', () => {
    // Prepare / Act
    const { source, json } = synthSqs();

    // Assess
    for (const queue of [source.queue, deadLetterQueueOf(source)]) {
      expect(json.Resources?.[logicalIdOf(queue)]?.Properties?.FifoQueue).toBeUndefined();
    }
  });

  it('alarms when the DLQ holds messages, on its QueueName', () => {
    // Prepare / Act
    const { template, source, fn } = synthSqs();

    // Assess
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [
        { Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalIdOf(deadLetterQueueOf(source)), 'QueueName'] } },
      ],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
    });
    expect(fn.alarms).toHaveLength(1);
  });
});

describe('SqsQueueSource visibility timeout', () => {
  it('defaults to 6 x the function timeout + the batching window', () => {
    // Prepare / Act
    const { source, json } = synthSqs({ maxBatchingWindow: Duration.seconds(10) }, Duration.seconds(40));

    // Assess
    expect(json.Resources?.[logicalIdOf(source.queue)]?.Properties?.VisibilityTimeout).toBe(6 * 40 + 10);
  });

  it('keeps a longer visibility timeout as given', () => {
    // Prepare / Act
    const { source, json } = synthSqs({ visibilityTimeout: Duration.minutes(10) }, Duration.seconds(30));

    // Assess
    expect(json.Resources?.[logicalIdOf(source.queue)]?.Properties?.VisibilityTimeout).toBe(600);
  });

  it('refuses a visibility timeout below the rule, naming both numbers', () => {
    // Prepare
    const source = new SqsQueueSource({
      visibilityTimeout: Duration.seconds(100),
      maxBatchingWindow: Duration.seconds(5),
    });

    // Act
    const build = () => fixture.newFunction({ source, timeout: Duration.seconds(20) });

    // Assess
    expect(build).toThrow(VisibilityTimeoutTooShortError);
    expect(build).toThrow(/visibilityTimeout is 100 s but must be at least 125 s/);
  });
});

describe('SqsQueueSource batching validation', () => {
  it.each<[string, SqsQueueSourceProps, string]>([
    ['a standard queue without a window', { batchSize: 11 }, 'batchSize is 11 messages but must be between 1 and 10'],
    [
      'a standard queue with a window',
      { batchSize: 10_001, maxBatchingWindow: Duration.seconds(1) },
      'between 1 and 10000',
    ],
    ['a FIFO queue', { fifo: true, batchSize: 11 }, 'between 1 and 10 messages for a FIFO queue'],
    ['any queue', { batchSize: 0 }, 'batchSize is 0 messages'],
    ['a batching window', { maxBatchingWindow: Duration.seconds(301) }, 'maxBatchingWindow is 301 seconds'],
  ])('refuses an out-of-range batch for %s', (_case, props, message) => {
    // Prepare / Act
    const build = () => new SqsQueueSource(props);

    // Assess
    expect(build).toThrow(OutOfRangeError);
    expect(build).toThrow(message);
  });

  it('accepts 10,000 messages on a standard queue with a batching window', () => {
    // Prepare / Act
    const { template } = synthSqs({ batchSize: 10_000, maxBatchingWindow: Duration.seconds(1) });

    // Assess
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { BatchSize: 10_000 });
  });

  it('refuses a batching window on a FIFO queue', () => {
    // Prepare / Act
    const build = () => new SqsQueueSource({ fifo: true, maxBatchingWindow: Duration.seconds(5) });

    // Assess
    expect(build).toThrow(UnsupportedOptionError);
    expect(build).toThrow(/maxBatchingWindow .*FIFO queues take no batching window/);
  });

  it.each<[string, SqsQueueSourceProps]>([
    ['maxReceiveCount', { maxReceiveCount: 0 }],
    ['maxConcurrency', { maxConcurrency: 1 }],
  ])('refuses %s out of range', (prop, props) => {
    // Prepare / Act
    const build = () => new SqsQueueSource(props);

    // Assess
    expect(build).toThrow(new RegExp(`^${prop} is `));
  });
});

describe('SqsQueueSource encryption', () => {
  it('encrypts both queues with SSE-SQS and refuses requests without TLS', () => {
    // Prepare / Act
    const { template, source, json } = synthSqs();

    // Assess
    for (const queue of [source.queue, deadLetterQueueOf(source)]) {
      expect(json.Resources?.[logicalIdOf(queue)]?.Properties?.SqsManagedSseEnabled).toBe(true);
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: logicalIdOf(queue) }],
        PolicyDocument: {
          Statement: [Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })],
        },
      });
    }
  });

  it('encrypts both queues with the customer managed key and lets the role decrypt with it only', () => {
    // Prepare / Act
    const synthesized = synthSqs({ keyArn: KEY_ARN });
    const role = roleOf(synthesized);

    // Assess
    for (const queue of [synthesized.source.queue, deadLetterQueueOf(synthesized.source)]) {
      expect(synthesized.json.Resources?.[logicalIdOf(queue)]?.Properties?.KmsMasterKeyId).toBe(KEY_ARN);
    }
    expect(decisions(role, ['kms:Decrypt'], KEY_ARN)).toEqual({ 'kms:Decrypt': true });
    expect(decisions(role, ['kms:Decrypt', 'kms:Encrypt'], foreignArn('kms', 'key/other'))).toEqual(
      allAs(['kms:Decrypt', 'kms:Encrypt'], false),
    );
  });
});

describe('SqsQueueSource with an imported queue', () => {
  const queueArn = foreignArn('sqs', 'orders');

  it('reads the queue by ARN and creates no queue, DLQ or alarm', () => {
    // Prepare / Act
    const synthesized = synthSqs({ queueArn });

    // Assess
    synthesized.template.resourceCountIs('AWS::SQS::Queue', 0);
    synthesized.template.resourceCountIs('AWS::CloudWatch::Alarm', 0);
    synthesized.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: queueArn,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    expect(decisions(roleOf(synthesized), POLL_ACTIONS, queueArn)).toEqual(allAs(POLL_ACTIONS, true));
  });

  it('grants kms:Decrypt on the key of the imported queue', () => {
    // Prepare / Act
    const role = roleOf(synthSqs({ queueArn, keyArn: KEY_ARN }));

    // Assess
    expect(decisions(role, ['kms:Decrypt'], KEY_ARN)).toEqual({ 'kms:Decrypt': true });
  });

  it('takes FIFO-ness from the ARN', () => {
    // Prepare / Act
    const { fn } = synthSqs({ queueArn: foreignArn('sqs', 'orders.fifo') });

    // Assess
    expect(fn.sourceKind).toBe('sqs-fifo');
    expect(() => new SqsQueueSource({ queueArn: foreignArn('sqs', 'orders.fifo'), batchSize: 11 })).toThrow(
      'for a FIFO queue',
    );
  });

  it('refuses a fifo prop that contradicts the ARN', () => {
    // Prepare / Act
    const build = () => new SqsQueueSource({ queueArn: foreignArn('sqs', 'orders.fifo'), fifo: false });

    // Assess
    expect(build).toThrow(ConflictingPropsError);
    expect(build).toThrow(/queueArn and fifo/);
  });

  it('refuses props that configure a new queue', () => {
    // Prepare / Act
    const build = () => new SqsQueueSource({ queueArn, maxReceiveCount: 3, visibilityTimeout: Duration.minutes(5) });

    // Assess
    expect(build).toThrow(ConflictingPropsError);
    expect(build).toThrow(/queueArn and visibilityTimeout and maxReceiveCount/);
  });
});
