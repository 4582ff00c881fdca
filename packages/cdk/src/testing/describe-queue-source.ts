import { isAllowed } from '@lambda-blueprints/role-templates';
import { fakeArnOf, foreignArn } from '@lambda-blueprints/testing';
import { describe, expect, it } from 'vitest';
import type { BlueprintFunctionConfig } from '../blueprint-function-config.js';
import { ConflictingPropsError } from '../errors.js';
import type { QueueSourceConfig } from '../queue-source-config.js';
import type { SqsQueueSource } from '../sqs-queue-source.js';
import type { BlueprintStackUnderTest, BlueprintUnderTest } from './blueprint-under-test.js';
import { logicalIdOf, logicalIdsUnder } from './logical-ids.js';
import { requireResource } from './required-resource.js';
import type { SynthesizedStack } from './synthesize-for-test.js';

// What Lambda needs on the queue (the Lambda guide), independent of the catalog under test.
const POLL_ACTIONS = ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'];
const NOT_NEEDED = ['sqs:SendMessage', 'sqs:ChangeMessageVisibility', 'sqs:PurgeQueue', 'sqs:SetQueueAttributes'];
const KEY_ARN = foreignArn('kms', 'key/1234abcd-12ab-34cd-56ef-1234567890ab');

/** The settings of a queue blueprint's source: standard queues also take a batching window. */
export type QueueBlueprintConfig = BlueprintFunctionConfig<QueueSourceConfig & { maxBatchingWindowSeconds?: number }>;

/** The stack of a queue blueprint: its source is an SqsQueueSource. */
export type QueueBlueprintStack<TConfig extends QueueBlueprintConfig> = BlueprintStackUnderTest<TConfig> & {
  readonly source: SqsQueueSource;
};

export interface QueueSourceOptions {
  /** A FIFO queue: its ARNs end in .fifo, its DLQ is FIFO too, and it takes no batching window. */
  readonly fifo: boolean;
}

/**
 * The checks of an SQS (standard or FIFO) blueprint's queue, from its infra/config.ts: the role's poll actions on it
 * and nothing more, the mapping with partial batch responses, reading an existing queue, and for a queue the stack
 * creates, its DLQ and a visibility timeout of at least 6 x the function timeout + the batching window.
 */
export function describeQueueSource<TConfig extends QueueBlueprintConfig, TStack extends QueueBlueprintStack<TConfig>>(
  blueprint: BlueprintUnderTest<TConfig, TStack>,
  { fifo }: QueueSourceOptions,
): void {
  const { config } = blueprint;
  const queueName = (name: string) => (fifo ? `${name}.fifo` : name);
  const kind = fifo ? 'FIFO' : 'standard';
  const anotherQueueArn = foreignArn('sqs', queueName('another-queue'));
  // The changes of a queue config, which TypeScript cannot tell fit the generic TConfig['source'].
  const sourceChanges = (changes: Partial<QueueBlueprintConfig['source']>) => changes as Partial<TConfig['source']>;

  describe('the queue and its mapping', () => {
    it('allows receiving, deleting and reading attributes on the source queue, and on no other queue', () => {
      // Prepare
      const { policyDocuments } = blueprint.roleOf(blueprint.scoped);

      // Act
      const allowed = (resource: string) => POLL_ACTIONS.map((action) => isAllowed(policyDocuments, action, resource));

      // Assess
      expect(allowed(blueprint.requiredArnOf(blueprint.scoped, 'source'))).toEqual([true, true, true]);
      expect(allowed(anotherQueueArn)).toEqual([false, false, false]);
    });

    it('denies sending, purging and the other queue actions Lambda does not need on the source queue', () => {
      // Prepare
      const { policyDocuments } = blueprint.roleOf(blueprint.scoped);

      // Act
      const allowed = NOT_NEEDED.filter((action) =>
        isAllowed(policyDocuments, action, blueprint.requiredArnOf(blueprint.scoped, 'source')),
      );

      // Assess
      expect(allowed).toEqual([]);
    });

    it('maps the queue to the function with ReportBatchItemFailures and the configured batch size', () => {
      // Prepare
      const { stack, template } = blueprint.configured;

      // Act
      const mappings = template.findResources('AWS::Lambda::EventSourceMapping');

      // Assess
      const [mapping, ...others] = Object.values(mappings);
      expect(others).toEqual([]);
      expect(mapping?.Properties).toMatchObject({
        EventSourceArn: config.source.existingQueueArn ?? { 'Fn::GetAtt': [logicalIdOf(stack.source.queue), 'Arn'] },
        FunctionName: { Ref: logicalIdOf(stack.consumer.lambdaFunction) },
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        BatchSize: config.source.batchSize,
      });
    });

    it(`reads an existing ${kind} queue by ARN without creating queues, with the role scoped to it and its key`, () => {
      // Prepare
      const existingQueueArn = foreignArn('sqs', queueName('orders'));
      const source = sourceChanges({ existingQueueArn, newQueue: undefined, keyArn: KEY_ARN, batchSize: 5 });

      // Act
      const existing = blueprint.synth({
        config: blueprint.scopedConfigWith({ source }),
        role: blueprint.roleWith({ template: 'kms-decrypt', on: 'source-key' }),
      });

      // Assess
      expect(logicalIdsUnder(existing.stack.consumer, 'AWS::SQS::Queue')).toEqual([]);
      existing.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: existingQueueArn,
        BatchSize: 5,
      });
      const { policyDocuments } = blueprint.roleOf(existing);
      expect(POLL_ACTIONS.every((action) => isAllowed(policyDocuments, action, existingQueueArn))).toBe(true);
      expect(isAllowed(policyDocuments, 'kms:Decrypt', KEY_ARN)).toBe(true);
      expect(isAllowed(policyDocuments, 'sqs:ReceiveMessage', anotherQueueArn)).toBe(false);
    });

    if (fifo) {
      it('refuses an existing queue that is not a FIFO queue', () => {
        // Prepare
        const source = sourceChanges({ existingQueueArn: foreignArn('sqs', 'orders'), newQueue: undefined });

        // Act
        const act = () => blueprint.synth({ config: blueprint.configWith({ source }) });

        // Assess
        expect(act).toThrow(ConflictingPropsError);
      });
    }
  });

  describe.runIf(config.source.newQueue)('the queue the stack creates (infra/config.ts: newQueue)', () => {
    const deadLetterQueueOf = ({ stack }: SynthesizedStack<TStack>) =>
      logicalIdOf(
        requireResource(
          stack.source.deadLetterQueue,
          'dead-letter queue',
          'A new queue (infra/config.ts: source.newQueue) has one: pass source.newQueue on to the SqsQueueSource.',
        ),
      );

    it(`moves a message to a ${kind} dead-letter queue after maxReceiveCount receives`, () => {
      // Prepare
      const { configured } = blueprint;
      const queueId = logicalIdOf(configured.stack.source.queue);
      const deadLetterQueueId = deadLetterQueueOf(configured);

      // Act
      const queues = configured.template.findResources('AWS::SQS::Queue');

      // Assess
      expect(logicalIdsUnder(configured.stack.consumer, 'AWS::SQS::Queue')).toEqual(
        [deadLetterQueueId, queueId].sort(),
      );
      expect(queues[queueId]?.Properties.RedrivePolicy).toEqual({
        deadLetterTargetArn: { 'Fn::GetAtt': [deadLetterQueueId, 'Arn'] },
        maxReceiveCount: config.source.newQueue?.maxReceiveCount,
      });
      const fifoQueue = fifo ? true : undefined;
      expect([queueId, deadLetterQueueId].map((id) => queues[id]?.Properties.FifoQueue)).toEqual([
        fifoQueue,
        fifoQueue,
      ]);
    });

    it('denies the function every poll action on the dead-letter queue', () => {
      // Prepare
      const { scoped } = blueprint;
      const deadLetterQueueArn = fakeArnOf(scoped.json, deadLetterQueueOf(scoped));

      // Act
      const { policyDocuments } = blueprint.roleOf(scoped);
      const allowed = POLL_ACTIONS.filter((action) => isAllowed(policyDocuments, action, deadLetterQueueArn));

      // Assess
      expect(allowed).toEqual([]);
    });

    const longerTimeout: [string, TConfig] = fifo
      ? ['a longer timeout', blueprint.configWith({ timeoutSeconds: 120 })]
      : [
          'a longer timeout and a batching window',
          blueprint.configWith({
            timeoutSeconds: 120,
            source: sourceChanges({ batchSize: 500, maxBatchingWindowSeconds: 20 }),
          }),
        ];
    it.each([['infra/config.ts', config], longerTimeout])(
      'keeps the visibility timeout at least 6 x the function timeout + the batching window with %s',
      (_case, settings) => {
        // Prepare
        const { template, stack } = blueprint.synth({ config: settings });

        // Act
        const fn = template.findResources('AWS::Lambda::Function')[logicalIdOf(stack.consumer.lambdaFunction)];
        const [mapping] = Object.values(template.findResources('AWS::Lambda::EventSourceMapping'));
        const queue = template.findResources('AWS::SQS::Queue')[logicalIdOf(stack.source.queue)];

        // Assess
        const window = settings.source.maxBatchingWindowSeconds ?? 0;
        expect(mapping?.Properties.MaximumBatchingWindowInSeconds).toBe(window > 0 ? window : undefined);
        expect(fn?.Properties.Timeout).toBe(settings.timeoutSeconds);
        expect(queue?.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * settings.timeoutSeconds + window);
      },
    );
  });
}
