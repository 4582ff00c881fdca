import { Duration } from 'aws-cdk-lib';

/** A batching window of infra/config.ts (seconds, 0 for none) as a source takes it: undefined for none. */
export function batchingWindowOf(seconds: number | undefined): Duration | undefined {
  return seconds !== undefined && seconds > 0 ? Duration.seconds(seconds) : undefined;
}
