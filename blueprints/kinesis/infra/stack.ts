import {
  BlueprintFunction,
  BlueprintFunctionStack,
  type BlueprintFunctionStackProps,
  KinesisStreamSource,
  streamSourceOptionsOf,
} from '@lambda-blueprints/cdk';
import { CfnOutput, Duration } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { config } from './config.js';
import type { KinesisFunctionConfig } from './function-config.js';
import { role } from './role.js';

/** The Kinesis stream (or an existing one), the function reading it with its role, and its on-failure queue. */
export class KinesisBlueprintStack extends BlueprintFunctionStack<KinesisFunctionConfig> {
  readonly source: KinesisStreamSource;
  readonly consumer: BlueprintFunction;

  constructor(scope: Construct, id: string, props: BlueprintFunctionStackProps<KinesisFunctionConfig> = {}) {
    super(scope, id, props, { config, role, codeDirectory: new URL('../dist', import.meta.url) });
    const { source } = this.config;
    // An existing stream is its owner's: the settings of a new one do not apply to it.
    const newStream = source.streamArn === undefined ? source.newStream : undefined;

    this.source = new KinesisStreamSource({
      ...streamSourceOptionsOf(source),
      streamArn: source.streamArn,
      keyArn: source.keyArn,
      shardCount: newStream?.shardCount,
      retentionPeriod: newStream && Duration.hours(newStream.retentionHours),
      enhancedFanOut: source.enhancedFanOut,
    });
    this.consumer = new BlueprintFunction(this, 'Function', {
      ...this.functionProps(),
      source: this.source,
      // Here `pnpm create-function` adds the sinks the stack creates, after those of infra/config.ts.
      sinks: this.config.sinks,
    });

    new CfnOutput(this, 'StreamName', { value: this.source.stream.streamName, description: 'Put records here.' });
    if (this.source.onFailure.queue) {
      new CfnOutput(this, 'OnFailureQueueUrl', {
        value: this.source.onFailure.queue.queueUrl,
        description: 'Descriptions of the batches that exhausted their retries; read the records from the stream.',
      });
    }
    new CfnOutput(this, 'FunctionName', { value: this.consumer.functionName });
  }
}
