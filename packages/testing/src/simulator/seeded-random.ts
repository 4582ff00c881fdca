/**
 * A number in [0, 1) derived from the seed and the keys alone: the same seed and keys always give the same number,
 * whatever was drawn before, so a run's faults do not depend on the order records are processed in. FNV-1a over
 * the text, then a murmur3 finalizer to spread nearby keys.
 */
export function seededUnit(seed: string, ...keys: readonly (string | number)[]): number {
  const text = `${seed}\u0000${keys.join('\u0000')}`;
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 2 ** 32;
}

/** `count` distinct integers below `total`, picked by a seeded partial Fisher-Yates shuffle, in ascending order. */
export function seededPick(seed: string, label: string, total: number, count: number): number[] {
  const pool = Array.from({ length: total }, (_, index) => index);
  for (let index = 0; index < count; index += 1) {
    const swap = index + Math.floor(seededUnit(seed, label, index) * (total - index));
    [pool[index], pool[swap]] = [pool[swap] ?? swap, pool[index] ?? index];
  }
  return pool.slice(0, count).sort((a, b) => a - b);
}
