const patternCache = new Map<string, RegExp>();

/** IAM's wildcards: `*` matches any run of characters (also none), `?` exactly one; everything else is literal. */
export function matchesWildcard(pattern: string, value: string, caseSensitive: boolean): boolean {
  const cacheKey = `${caseSensitive ? 's' : 'i'}${pattern}`;
  let regex = patternCache.get(cacheKey);
  if (regex === undefined) {
    const body = pattern
      .split('')
      .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
      .join('');
    regex = new RegExp(`^${body}$`, caseSensitive ? 's' : 'si');
    patternCache.set(cacheKey, regex);
  }
  return regex.test(value);
}
