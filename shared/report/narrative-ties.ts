/*
 * How the review's sentences pick what they name: the first few of a ranking, never cutting a group
 * of equal values (a value equal to one the sentence names is named too), and every one of several
 * equal largest groups, never one of them as if it were the largest alone.
 */

/**
 * The first `count` of `ranked` (already in order) and every later one `equal` to the last of them:
 * a sentence naming these leaves out no value equal to one it names.
 */
export function firstWithTies<T>(ranked: readonly T[], count: number, equal: (a: T, b: T) => boolean): T[] {
  if (ranked.length <= count) return [...ranked];
  const named = ranked.slice(0, Math.max(0, count));
  const last = named.at(-1);
  if (last === undefined) return [];
  for (const next of ranked.slice(named.length)) {
    if (!equal(next, last)) break;
    named.push(next);
  }
  return named;
}

/**
 * The keys with the largest count, in the given order: one when it is larger than every other,
 * all of them when several are equal. "unknown" and empty counts are never a largest group.
 */
export function largestKeys<K extends string>(keys: readonly K[], counts: Record<K, number>): K[] {
  const known = keys.filter((key) => key !== 'unknown' && counts[key] > 0);
  const top = Math.max(0, ...known.map((key) => counts[key]));
  return known.filter((key) => counts[key] === top);
}
