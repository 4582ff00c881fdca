import type { FailureReporting } from '../src/index.js';
import type { ContenderRole } from './contender-role.js';

/** A blueprint the bench measures, and the sample events it measures it with. */
export interface BlueprintCase {
  /** The folder under blueprints/, also the folder of its contenders under bench/contenders/. */
  folder: string;
  failureReporting: FailureReporting;
  /** A sample of events/ whose records all succeed: cold start, and repeated to a large batch, throughput and memory. */
  validSample: string;
  /** A sample of events/ with failing records, on which every contender must report what the blueprint reports. */
  failingSample: string;
  /** Whether Powertools documents an innerSchema way for this source (its FIFO processors take no parser). */
  powertoolsInnerSchema: boolean;
  /** Why a contender is known to do other work than the blueprint, for the report when the check leaves it out. */
  knownDifferences?: Partial<Record<ContenderRole, string>>;
}

export const blueprintCases: readonly BlueprintCase[] = [
  {
    folder: 'sqs',
    failureReporting: 'every-failure',
    validSample: 'orders.json',
    failingSample: 'orders-with-failures.json',
    powertoolsInnerSchema: true,
  },
  {
    folder: 'sqs-fifo',
    failureReporting: 'every-failure',
    validSample: 'status-changes.json',
    failingSample: 'status-changes-with-failures.json',
    powertoolsInnerSchema: false,
  },
  {
    folder: 'kinesis',
    failureReporting: 'first-failure',
    validSample: 'readings.json',
    failingSample: 'reading-out-of-range.json',
    powertoolsInnerSchema: true,
  },
  {
    folder: 'dynamodb-streams',
    failureReporting: 'first-failure',
    validSample: 'order-lifecycle.json',
    failingSample: 'impossible-status-change.json',
    powertoolsInnerSchema: true,
    knownDifferences: {
      'powertools-inner-schema':
        'with the unmarshall transformer, innerSchema puts the item schema on both NewImage and OldImage as ' +
        'required, and INSERT and REMOVE records carry only one of them',
    },
  },
];
