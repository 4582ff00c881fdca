import type { ResourceRef, SinkKind } from '@lambda-blueprints/role-templates';
import { ConflictingSinkError } from './errors.js';

/** A service the function's code calls: the role gets the sink's template on it, the function its variables. */
export interface Sink {
  /** Names the sink: the role entry applies to `sink:<id>`. */
  readonly id: string;
  /** The role template: dynamodb-write, sqs-send or kinesis-put. */
  readonly kind: SinkKind;
  /** ARN of the table, queue or stream. */
  readonly arn: string;
  /**
   * Environment variables that tell the code where the sink is (e.g. `{ ORDERS_TABLE: table.tableName }`).
   * @default - none
   */
  readonly environment?: Readonly<Record<string, string>>;
}

/** The `sink:<id>` ARNs of the sinks, for composing the role; throws ConflictingSinkError on a repeated id. */
export function sinkArns(sinks: readonly Sink[]): Partial<Record<ResourceRef, string>> {
  const arns: Partial<Record<ResourceRef, string>> = {};
  for (const sink of sinks) {
    const ref: ResourceRef = `sink:${sink.id}`;
    if (arns[ref] !== undefined) {
      throw new ConflictingSinkError(
        `Two sinks have the id "${sink.id}". Give each sink of the sinks prop its own id.`,
      );
    }
    arns[ref] = sink.arn;
  }
  return arns;
}

/**
 * The function's environment: `environment` plus every sink's variables. A variable set twice to different values
 * throws ConflictingSinkError naming it, since one of them would be silently lost.
 */
export function environmentWithSinks(
  environment: Readonly<Record<string, string>>,
  sinks: readonly Sink[],
): Record<string, string> {
  const merged: Record<string, string> = { ...environment };
  for (const sink of sinks) {
    for (const [name, value] of Object.entries(sink.environment ?? {})) {
      const existing = merged[name];
      if (existing !== undefined && existing !== value) {
        throw new ConflictingSinkError(
          `Environment variable ${name} is "${existing}" but sink "${sink.id}" sets it to "${value}". ` +
            'Rename the variable in the sink or in the environment prop.',
        );
      }
      merged[name] = value;
    }
  }
  return merged;
}
