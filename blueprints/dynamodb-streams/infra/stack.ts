import {
  BlueprintFunction,
  BlueprintFunctionStack,
  type BlueprintFunctionStackProps,
  DynamoDbStreamSource,
  streamSourceOptionsOf,
} from '@lambda-blueprints/cdk';
import { CfnOutput } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { config } from './config.js';
import type { DynamodbStreamsFunctionConfig } from './function-config.js';
import { role } from './role.js';

/** The orders table with its stream (or an existing stream), the function reading it with its role, and its on-failure queue. */
export class DynamodbStreamsBlueprintStack extends BlueprintFunctionStack<DynamodbStreamsFunctionConfig> {
  readonly source: DynamoDbStreamSource;
  readonly consumer: BlueprintFunction;

  constructor(scope: Construct, id: string, props: BlueprintFunctionStackProps<DynamodbStreamsFunctionConfig> = {}) {
    super(scope, id, props, { config, role, codeDirectory: new URL('../dist', import.meta.url) });
    const { source } = this.config;

    this.source = new DynamoDbStreamSource({
      ...streamSourceOptionsOf(source),
      tableStreamArn: source.existingTableStreamArn,
      keyArn: source.keyArn,
      // A customer managed key replaces the choice of AWS key.
      encryption: source.keyArn === undefined ? source.newTable?.encryption : undefined,
    });
    this.consumer = new BlueprintFunction(this, 'Function', {
      ...this.functionProps(),
      source: this.source,
      // Here `pnpm create-function` adds the sinks the stack creates, after those of infra/config.ts.
      sinks: this.config.sinks,
    });

    if (this.source.table) {
      new CfnOutput(this, 'TableName', { value: this.source.table.tableName, description: 'Write orders here.' });
    }
    if (this.source.onFailure.queue) {
      new CfnOutput(this, 'OnFailureQueueUrl', {
        value: this.source.onFailure.queue.queueUrl,
        description:
          'Descriptions of the batches that exhausted their retries; read the records from the stream within 24 hours.',
      });
    }
    new CfnOutput(this, 'FunctionName', { value: this.consumer.functionName });
  }
}
