import { createHash } from 'node:crypto';

const HASH_KEY_SPACE = 2n ** 128n;

/** The 128-bit MD5 hash key Kinesis computes from a partition key to choose its shard. */
const hashKeyOf = (partitionKey: string): bigint =>
  BigInt(`0x${createHash('md5').update(partitionKey, 'utf8').digest('hex')}`);

/**
 * The shard (0-based) a partition key lands in, for a stream whose shards split the hash key space evenly (as
 * CreateStream makes them): the same key always lands in the same shard, which keeps its records in order.
 */
export function shardIndexOf(partitionKey: string, shardCount: number): number {
  return Number((hashKeyOf(partitionKey) * BigInt(shardCount)) / HASH_KEY_SPACE);
}

/** The concurrent batcher of a shard a key goes to with a ParallelizationFactor: order is kept per key only. */
export function laneIndexOf(partitionKey: string, parallelizationFactor: number): number {
  return Number(hashKeyOf(partitionKey) % BigInt(parallelizationFactor));
}

/** The id Kinesis gives the shard at `index`. */
export const shardIdOf = (index: number): string => `shardId-${String(index).padStart(12, '0')}`;
