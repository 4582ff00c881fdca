import { createHash, randomBytes } from 'node:crypto';

/** Where the factories take ids and times from: random and the clock, or derived from a seed. */
export interface IdSource {
  /** `length` bytes as lowercase hex. */
  hex(byteLength: number): string;
  /** `length` bytes as base64. */
  base64(byteLength: number): string;
  /** A version 4 UUID. */
  uuid(): string;
  /** A non-negative integer below 2^48. */
  integer(): bigint;
  /** Epoch milliseconds: the clock, or a fixed instant when seeded. */
  now(): number;
}

// 2024-01-01T00:00:00Z: seeded events all start here, so snapshots and expected values never drift.
const SEEDED_EPOCH_MS = 1_704_067_200_000;

/** Ids from `seed` when given (the same seed gives the same ids in the same order), random otherwise. */
export function idSource(seed?: string | number): IdSource {
  let counter = 0;
  // A hash chain keyed by the seed: deterministic, and as evenly spread as random bytes.
  const bytes =
    seed === undefined
      ? randomBytes
      : (length: number): Buffer => {
          const chunks: Buffer[] = [];
          let total = 0;
          while (total < length) {
            const chunk = createHash('sha256').update(`${seed}:${counter++}`).digest();
            chunks.push(chunk);
            total += chunk.length;
          }
          return Buffer.concat(chunks).subarray(0, length);
        };
  return {
    hex: (byteLength) => bytes(byteLength).toString('hex'),
    base64: (byteLength) => bytes(byteLength).toString('base64'),
    uuid: () => {
      const hex = bytes(16).toString('hex');
      const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
    integer: () => BigInt(bytes(6).readUIntBE(0, 6)),
    now: () => (seed === undefined ? Date.now() : SEEDED_EPOCH_MS),
  };
}
