import {
  addQueueSourceOutputs,
  BlueprintFunction,
  BlueprintFunctionStack,
  type BlueprintFunctionStackProps,
  queueSourcePropsOf,
  SqsQueueSource,
} from '@lambda-blueprints/cdk';
import { CfnOutput } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { config } from './config.js';
import type { SqsFunctionConfig } from './function-config.js';
import { role } from './role.js';

/** The SQS queue (or an existing one), its dead-letter queue, and the function reading it with its role. */
export class SqsBlueprintStack extends BlueprintFunctionStack<SqsFunctionConfig> {
  readonly source: SqsQueueSource;
  readonly consumer: BlueprintFunction;

  constructor(scope: Construct, id: string, props: BlueprintFunctionStackProps<SqsFunctionConfig> = {}) {
    super(scope, id, props, { config, role, codeDirectory: new URL('../dist', import.meta.url) });

    this.source = new SqsQueueSource(queueSourcePropsOf(this.config.source));
    this.consumer = new BlueprintFunction(this, 'Function', {
      ...this.functionProps(),
      source: this.source,
      // Here `pnpm create-function` adds the sinks the stack creates, after those of infra/config.ts.
      sinks: this.config.sinks,
    });

    addQueueSourceOutputs(this, this.source);
    new CfnOutput(this, 'FunctionName', { value: this.consumer.functionName });
  }
}
