/**
 * The categories anybody had, the most frequent first; ties keep the given order. The tables list
 * employment and sentence types in this order, the same as the charts beside them draw their bars.
 */
export function rankedKeys<K extends string>(counts: Record<K, number>, order: readonly K[]): K[] {
  return order
    .filter((key) => counts[key] > 0)
    .map((key, position) => ({ key, position }))
    .sort((a, b) => counts[b.key] - counts[a.key] || a.position - b.position)
    .map(({ key }) => key);
}
