import { atLeast, atMost } from '../src/index.js';

/** The targets of issue 8, each checked in the report. */
export const targets = {
  /** The blueprint's whole-process cold start against the empty handler's. */
  coldStartVsFloor: atMost(1.1),
  /** The blueprint's bundle, in KB. */
  bundleKb: atMost(60),
  /** The blueprint's records per second against the hand-written loop's. */
  throughputVsCeiling: atLeast(0.5),
  /** The blueprint's records per second against Powertools'. */
  throughputVsPowertools: atLeast(5),
  /** Cold time per added function over the last range of sizes against the first: linear growth stays near 1. */
  scaleGrowth: atMost(1.5),
  /** Warm (cached) time against cold at the largest size: unchanged functions should cost next to nothing. */
  warmVsCold: atMost(0.1),
};
