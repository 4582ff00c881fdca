import { InvalidSimulationOptionsError } from '../errors.js';
import { seededPick, seededUnit } from './seeded-random.js';

export interface FaultOptions {
  /** Probability that one delivery of a record fails (a transient fault), in [0, 1). @default 0 */
  failRate?: number;
  /** Records that fail on every delivery: how many (picked with the seed), or their indexes. @default 0 */
  poison?: number | readonly number[];
}

/**
 * Which deliveries of which records fail. A record's n-th delivery fails when it is poison, or when the seeded draw
 * for (record, n) is below failRate: the same seed gives the same faults whatever the order of processing.
 */
export class FaultPlan {
  readonly poison: ReadonlySet<number>;
  private readonly failRate: number;
  private readonly deliveries = new Map<number, number>();

  constructor(
    recordCount: number,
    options: FaultOptions,
    private readonly seed: string,
  ) {
    const { failRate = 0, poison = 0 } = options;
    if (!(failRate >= 0 && failRate < 1)) {
      throw new InvalidSimulationOptionsError('failRate', failRate, 'a probability from 0 up to (not including) 1');
    }
    if (typeof poison === 'number') {
      if (!Number.isInteger(poison) || poison < 0 || poison > recordCount) {
        throw new InvalidSimulationOptionsError('poison', poison, `an integer from 0 to the ${recordCount} records`);
      }
      this.poison = new Set(seededPick(seed, 'poison', recordCount, poison));
    } else {
      const outOfRange = poison.filter((index) => !Number.isInteger(index) || index < 0 || index >= recordCount);
      if (outOfRange.length > 0) {
        throw new InvalidSimulationOptionsError('poison', outOfRange, `record indexes below ${recordCount}`);
      }
      this.poison = new Set(poison);
    }
    this.failRate = failRate;
  }

  /** Whether this delivery of record `index` fails; every call is the record's next delivery. */
  nextDeliveryFails(index: number): boolean {
    const delivery = (this.deliveries.get(index) ?? 0) + 1;
    this.deliveries.set(index, delivery);
    return (
      this.poison.has(index) ||
      (this.failRate > 0 && seededUnit(this.seed, 'transient', index, delivery) < this.failRate)
    );
  }
}
