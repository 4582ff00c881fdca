import { Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';

/** Props of a BlueprintStack. */
export interface BlueprintStackProps extends StackProps {
  /** The blueprint or function the stack deploys (e.g. `sqs`, `orders-consumer`): tagged on every resource. */
  readonly blueprint: string;
  /**
   * The stack's description.
   * @default - "lambda-blueprints: <blueprint>"
   */
  readonly description?: string;
}

/**
 * A stack for one blueprint or generated function: environment-agnostic unless `env` is given (so synth needs no
 * account), described, and its resources tagged `lambda-blueprints:blueprint` for cost and ownership reports.
 */
export class BlueprintStack extends Stack {
  constructor(scope: Construct, id: string, props: BlueprintStackProps) {
    super(scope, id, { ...props, description: props.description ?? `lambda-blueprints: ${props.blueprint}` });
    Tags.of(this).add('lambda-blueprints:blueprint', props.blueprint);
  }
}
