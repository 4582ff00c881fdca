import { Duration, Names, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as kms from 'aws-cdk-lib/aws-kms';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { BindingSlot } from './binding-slot.js';
import { ConflictingPropsError } from './errors.js';
import type { BlueprintEventSource, EventSourceBinding } from './event-source.js';
import { refuseNewResourceProps } from './import-conflicts.js';
import type { BoundOnFailureDestination } from './on-failure-destination.js';
import { bindOnFailureDestination, bindStreamSource } from './stream-source-binding.js';
import { type StreamSourceOptions, validateStreamSourceOptions } from './stream-source-options.js';

/** Props of a Kinesis data stream source: a new encrypted stream, or an existing one by ARN. */
export interface KinesisStreamSourceProps extends StreamSourceOptions {
  /**
   * ARN of an existing stream to read instead of creating one.
   * @default - a new stream, encrypted, on-demand, 24 hours retention
   */
  readonly streamArn?: string;
  /**
   * ARN of a customer managed KMS key: it encrypts the new stream, or it is the key of the existing one. The role
   * gets kms:Decrypt on it.
   * @default - the AWS managed key alias/aws/kinesis
   */
  readonly keyArn?: string;
  /**
   * Shards of the new stream, in provisioned capacity mode.
   * @default - on-demand capacity mode
   */
  readonly shardCount?: number;
  /**
   * Retention of the new stream.
   * @default Duration.hours(24)
   */
  readonly retentionPeriod?: Duration;
  /**
   * Read through an enhanced fan-out consumer (a dedicated 2 MB/s per shard, pushed over HTTP/2); the role gets
   * kinesis-fan-out on the consumer.
   * @default false
   */
  readonly enhancedFanOut?: boolean;
  /**
   * Where reading starts, in Unix seconds; only with startingPosition AT_TIMESTAMP, which requires it.
   * @default - none
   */
  readonly startingPositionTimestamp?: number;
}

interface KinesisResources {
  stream: kinesis.IStream;
  consumer: kinesis.StreamConsumer | undefined;
  onFailure: BoundOnFailureDestination;
}

const SOURCE_NAME = 'Kinesis stream';

/** Reads a Kinesis data stream with the safe mapping configuration (see StreamSourceOptions). */
export class KinesisStreamSource implements BlueprintEventSource {
  private readonly resources = new BindingSlot<KinesisResources>('KinesisStreamSource');

  constructor(private readonly props: KinesisStreamSourceProps = {}) {
    validateStreamSourceOptions(props, SOURCE_NAME, [
      StartingPosition.TRIM_HORIZON,
      StartingPosition.LATEST,
      StartingPosition.AT_TIMESTAMP,
    ]);
    const atTimestamp = props.startingPosition === StartingPosition.AT_TIMESTAMP;
    if (atTimestamp !== (props.startingPositionTimestamp !== undefined)) {
      throw new ConflictingPropsError(
        ['startingPosition', 'startingPositionTimestamp'],
        'a timestamp goes with startingPosition AT_TIMESTAMP and only with it',
        'Set both (AT_TIMESTAMP and the Unix seconds to start at), or neither.',
      );
    }
    refuseNewResourceProps(
      'streamArn',
      props.streamArn,
      { shardCount: props.shardCount, retentionPeriod: props.retentionPeriod },
      'stream',
    );
  }

  /** The stream read (created or imported). Available once the source is bound to a BlueprintFunction. */
  get stream(): kinesis.IStream {
    return this.resources.get('stream').stream;
  }

  /** The enhanced fan-out consumer, when enhancedFanOut is on. */
  get consumer(): kinesis.StreamConsumer | undefined {
    return this.resources.get('consumer').consumer;
  }

  /** Where failure records go (created or imported). */
  get onFailure(): BoundOnFailureDestination {
    return this.resources.get('onFailure').onFailure;
  }

  bind(scope: Construct): EventSourceBinding {
    const { props } = this;
    const key = props.keyArn === undefined ? undefined : kms.Key.fromKeyArn(scope, 'StreamKey', props.keyArn);
    const stream =
      props.streamArn === undefined
        ? newStream(scope, props, key)
        : kinesis.Stream.fromStreamAttributes(scope, 'Stream', { streamArn: props.streamArn, encryptionKey: key });
    const consumer = props.enhancedFanOut
      ? new kinesis.StreamConsumer(scope, 'Consumer', {
          stream,
          streamConsumerName: Names.uniqueResourceName(scope, { maxLength: 128, separator: '-' }),
        })
      : undefined;
    const onFailure = bindOnFailureDestination(scope, props);
    this.resources.set({ stream, consumer, onFailure });
    return bindStreamSource(
      scope,
      props,
      {
        kind: 'kinesis',
        streamArn: stream.streamArn,
        mappingSourceArn: consumer?.streamConsumerArn ?? stream.streamArn,
        keyArn: props.keyArn,
        consumerArn: consumer?.streamConsumerArn,
        startingPositionTimestamp: props.startingPositionTimestamp,
      },
      onFailure,
    );
  }
}

/** An encrypted stream: with the AWS managed key alias/aws/kinesis, or with the customer managed key given. */
function newStream(scope: Construct, props: KinesisStreamSourceProps, key: kms.IKey | undefined): kinesis.Stream {
  const stream = new kinesis.Stream(scope, 'Stream', {
    encryption: key === undefined ? kinesis.StreamEncryption.MANAGED : kinesis.StreamEncryption.KMS,
    encryptionKey: key,
    streamMode: props.shardCount === undefined ? kinesis.StreamMode.ON_DEMAND : kinesis.StreamMode.PROVISIONED,
    shardCount: props.shardCount,
    retentionPeriod: props.retentionPeriod ?? Duration.hours(24),
    removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
  });
  if (key !== undefined) {
    Validations.of(stream).acknowledge({
      id: 'AwsSolutions-KDS3',
      reason:
        'A customer managed key was asked for explicitly (keyArn), so its KMS cost per producer and consumer is accepted.',
    });
  }
  return stream;
}
