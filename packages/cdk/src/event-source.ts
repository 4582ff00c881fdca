import type { EventSourceKind, ResourceRef, RoleOptions } from '@lambda-blueprints/role-templates';
import type { Duration } from 'aws-cdk-lib';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';

/** What a BlueprintFunction tells its event source when it binds it. */
export interface EventSourceBindContext {
  /** The function's timeout: the SQS source sizes its queue's visibility timeout from it. */
  readonly functionTimeout: Duration;
}

/** What the mapping and the alarms of a source came to once the function exists. */
export interface EventSourceAttachment {
  readonly mapping: lambda.EventSourceMapping;
  readonly alarms: readonly cloudwatch.Alarm[];
}

/**
 * A source's resources as the execution role needs them. BlueprintFunction composes the role from `kind`,
 * `roleOptions` and `resourceArns` before it creates the function, then calls `attach` with the function.
 */
export interface EventSourceBinding {
  readonly kind: EventSourceKind;
  /** The options of the source that imply role templates (customer managed keys, consumer, on-failure). */
  readonly roleOptions: Pick<RoleOptions, 'sourceKey' | 'consumer' | 'onFailure' | 'onFailureKey'>;
  /** The ARNs of `source` and of whichever of `source-key`, `consumer`, `on-failure`, `on-failure-key` exist. */
  readonly resourceArns: Partial<Record<ResourceRef, string>>;
  /** Creates the event source mapping and the source's alarms. */
  attach(fn: lambda.IFunction): EventSourceAttachment;
}

/**
 * An event source of a BlueprintFunction: creates (or imports) the source and its failure destination under the
 * function's scope, and maps it to the function without granting anything itself: the role is the catalog's.
 */
export interface BlueprintEventSource {
  bind(scope: Construct, context: EventSourceBindContext): EventSourceBinding;
}

/** The resource ARNs that exist, without the refs whose resource was not configured. */
export function definedArns(
  arns: Partial<Record<ResourceRef, string | undefined>>,
): Partial<Record<ResourceRef, string>> {
  return Object.fromEntries(Object.entries(arns).filter(([, arn]) => arn !== undefined));
}
