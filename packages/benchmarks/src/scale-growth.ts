/** A measured value at one size (seconds of a task for a workspace of `size` functions). */
export interface SizePoint {
  size: number;
  value: number;
}

/** What each added item cost between consecutive sizes: (value b - value a) / (size b - size a). */
export function marginalCosts(points: readonly SizePoint[]): number[] {
  const costs: number[] = [];
  for (let index = 1; index < points.length; index++) {
    const before = points[index - 1] as SizePoint;
    const after = points[index] as SizePoint;
    costs.push((after.value - before.value) / (after.size - before.size));
  }
  return costs;
}

/**
 * The last marginal cost over the first: about 1 when growth is linear, above 1 when each added item costs more than
 * the earlier ones did. Undefined with fewer than three sizes (one range has nothing to compare with).
 */
export function growthRatio(points: readonly SizePoint[]): number | undefined {
  const costs = marginalCosts(points);
  if (costs.length < 2) {
    return undefined;
  }
  return (costs[costs.length - 1] as number) / (costs[0] as number);
}
