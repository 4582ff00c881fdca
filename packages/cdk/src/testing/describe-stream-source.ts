import { isAllowed, type RoleSpec } from '@lambda-blueprints/role-templates';
import { foreignArn, resolveIntrinsics } from '@lambda-blueprints/testing';
import { describe, expect, it } from 'vitest';
import type { BlueprintFunctionConfig, SourceConfig } from '../blueprint-function-config.js';
import type { BoundOnFailureDestination } from '../on-failure-destination.js';
import type { StreamMappingConfig } from '../stream-mapping-config.js';
import type { BlueprintStackUnderTest, BlueprintUnderTest } from './blueprint-under-test.js';
import { logicalIdOf, logicalIdsUnder } from './logical-ids.js';
import { requireResource } from './required-resource.js';
import type { SynthesizedStack } from './synthesize-for-test.js';

/** The settings of a stream blueprint's source (Kinesis or DynamoDB Streams). */
export type StreamBlueprintConfig = BlueprintFunctionConfig<StreamMappingConfig & SourceConfig>;

/** The stack of a stream blueprint: its source has an on-failure destination. */
export type StreamBlueprintStack<TConfig extends StreamBlueprintConfig> = BlueprintStackUnderTest<TConfig> & {
  readonly source: { readonly onFailure: BoundOnFailureDestination };
};

export interface StreamSourceOptions<TConfig extends StreamBlueprintConfig> {
  /** What the function reads, as test names say it: "stream", "table stream". */
  readonly sourceName: string;
  /** What Lambda needs on the stream (the Lambda guide), independent of the catalog under test. */
  readonly readActions: readonly string[];
  /** The read actions IAM grants only on "*" (no resource-level permission): no policy can deny them on another stream. */
  readonly wildcardOnlyActions: readonly string[];
  /** The ARN of a stream of the same service that is not the function's. */
  readonly anotherStreamArn: string;
  /** An existing stream to read instead of creating one, as infra/config.ts names it. */
  readonly existingStream: {
    readonly arn: string;
    readonly source: Partial<TConfig['source']>;
    /** @default infra/role.ts */
    readonly role?: RoleSpec;
    /** The CloudFormation type of the resource the stack creates when it reads a stream of its own. */
    readonly createdType: string;
  };
}

/**
 * The checks of a Kinesis or DynamoDB Streams blueprint's stream, from its infra/config.ts: the role's read actions
 * on it and nothing more, its on-failure queue, the mapping with the safe configuration (partial batch responses,
 * bisect, bounded retries and age, TRIM_HORIZON), the IteratorAge alarm, and reading an existing stream.
 */
export function describeStreamSource<
  TConfig extends StreamBlueprintConfig,
  TStack extends StreamBlueprintStack<TConfig>,
>(blueprint: BlueprintUnderTest<TConfig, TStack>, options: StreamSourceOptions<TConfig>): void {
  const { config } = blueprint;
  const { sourceName, readActions, wildcardOnlyActions, anotherStreamArn, existingStream } = options;
  const readableOn = (synthesized: SynthesizedStack<TStack>, resource: string) =>
    readActions.filter((action) => isAllowed(blueprint.roleOf(synthesized).policyDocuments, action, resource));
  const onFailureQueueOf = ({ stack }: SynthesizedStack<TStack>) =>
    logicalIdOf(
      requireResource(
        stack.source.onFailure.queue,
        'on-failure queue',
        'A stream source gets a new one unless given another onFailure destination: leave onFailure unset.',
      ),
    );

  describe(`the ${sourceName} and its mapping`, () => {
    it(`allows the read actions on the ${sourceName}, and on no other stream`, () => {
      // Act
      const readable = [blueprint.requiredArnOf(blueprint.scoped, 'source'), anotherStreamArn].map((stream) =>
        readableOn(blueprint.scoped, stream),
      );

      // Assess
      expect(readable).toEqual([readActions, wildcardOnlyActions]);
    });

    it('allows sending failure descriptions to its on-failure queue, and to no other queue', () => {
      // Prepare
      const { policyDocuments } = blueprint.roleOf(blueprint.scoped);

      // Act
      const allowed = [blueprint.requiredArnOf(blueprint.scoped, 'on-failure'), foreignArn('sqs', 'another-queue')].map(
        (queue) => isAllowed(policyDocuments, 'sqs:SendMessage', queue),
      );

      // Assess
      expect(allowed).toEqual([true, false]);
    });

    it('maps the stream with partial batch responses, bisect, bounded retries and age, from TRIM_HORIZON', () => {
      // Prepare
      const { stack, template, json } = blueprint.configured;
      const arns = blueprint.roleArnsOf(blueprint.configured);

      // Act
      const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping'));

      // Assess
      expect(mappings).toEqual([
        expect.objectContaining({
          Properties: expect.objectContaining({
            FunctionName: { Ref: logicalIdOf(stack.consumer.lambdaFunction) },
            FunctionResponseTypes: ['ReportBatchItemFailures'],
            BisectBatchOnFunctionError: true,
            MaximumRetryAttempts: config.source.retryAttempts,
            MaximumRecordAgeInSeconds: config.source.maxRecordAgeSeconds,
            BatchSize: config.source.batchSize,
            StartingPosition: 'TRIM_HORIZON',
          }),
        }),
      ]);
      // A fan-out consumer, when there is one, is what the mapping reads; else the stream itself.
      expect(resolveIntrinsics(json, mappings[0]?.Properties.EventSourceArn)).toBe(arns.consumer ?? arns.source);
    });

    it('sends the description of a batch that exhausted its retries to the on-failure queue', () => {
      // Prepare
      const { configured } = blueprint;

      // Act
      const queueId = onFailureQueueOf(configured);

      // Assess
      configured.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
      });
    });

    it("alarms on the function's IteratorAge by its FunctionName", () => {
      // Prepare
      const { stack, template } = blueprint.configured;
      const functionId = logicalIdOf(stack.consumer.lambdaFunction);

      // Act
      const alarms = template.findResources('AWS::CloudWatch::Alarm', {
        Properties: { Namespace: 'AWS/Lambda', MetricName: 'IteratorAge' },
      });

      // Assess
      expect(Object.values(alarms)).toEqual([
        expect.objectContaining({
          Properties: expect.objectContaining({ Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId } }] }),
        }),
      ]);
    });

    it(`reads an existing ${sourceName} by ARN without creating one, with the role scoped to it`, () => {
      // Act
      const existing = blueprint.synth({
        config: blueprint.scopedConfigWith({ source: existingStream.source }),
        role: existingStream.role,
      });

      // Assess
      expect(logicalIdsUnder(existing.stack.consumer, existingStream.createdType)).toEqual([]);
      existing.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: existingStream.arn,
      });
      const readable = [existingStream.arn, anotherStreamArn].map((stream) => readableOn(existing, stream));
      expect(readable).toEqual([readActions, wildcardOnlyActions]);
    });
  });
}
