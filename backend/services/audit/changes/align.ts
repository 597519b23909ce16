/**
 * Pairs the items of a list before and after a change, so that "victim 2 was removed" reads as that,
 * not as every later victim changing into the next one. Stored rows are rewritten on every change
 * (their ids are not stable), so items are paired by likeness: the cheapest edit script where keeping
 * an item costs how much it differs (0 to 2) and adding or removing one costs 1.
 *
 * Returns the pairs in list order; `[before, null]` is a removal, `[null, after]` an addition.
 */
export function align<T>(before: T[], after: T[], cost: (a: T, b: T) => number): [T | null, T | null][] {
  const n = before.length;
  const m = after.length;
  // best[i][j]: cheapest pairing of the first i items before with the first j after.
  const best: number[][] = Array.from({ length: n + 1 }, (_, i) =>
    Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const pairCost: number[][] = before.map((a) => after.map((b) => cost(a, b)));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      best[i]![j] = Math.min(
        best[i - 1]![j - 1]! + pairCost[i - 1]![j - 1]!,
        best[i - 1]![j]! + 1,
        best[i]![j - 1]! + 1,
      );
    }
  }
  const pairs: [T | null, T | null][] = [];
  let i = n;
  let j = m;
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  while (i > 0 || j > 0) {
    const here = best[i]![j]!;
    // On a tie the later item is the one added or removed: new parties are appended.
    if (j > 0 && near(here, best[i]![j - 1]! + 1)) {
      pairs.push([null, after[--j]!]);
    } else if (i > 0 && near(here, best[i - 1]![j]! + 1)) {
      pairs.push([before[--i]!, null]);
    } else {
      pairs.push([before[--i]!, after[--j]!]);
    }
  }
  return pairs.reverse();
}
