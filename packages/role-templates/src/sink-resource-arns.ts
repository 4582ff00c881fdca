import type { ResourceRef } from './types.js';

/** The ARN of each sink target, by the `sink:<id>` resource its role entry names. */
export function sinkResourceArns(sinks: readonly { id: string; arn: string }[]): Partial<Record<ResourceRef, string>> {
  return Object.fromEntries(sinks.map((sink) => [`sink:${sink.id}`, sink.arn]));
}
