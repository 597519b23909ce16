import type { DistrictRow } from '../domain/stats';
import { firstWithTies } from './narrative-ties';
import type { Words } from './words';

/**
 * How many of the largest rises and of the largest falls the sentence names (the Astana review names
 * 2 and 3), and more when the districts after them changed by as much as the last one named.
 */
export const NAMED_CHANGES = 3;

/** Fewer districts than this that all changed alike are named one by one, never "in all N districts". */
const ALL_FROM = 3;

type Changed = DistrictRow & { changePct: number };

/**
 * Largest change first; equal changes by the larger difference in cases (a fall from 4 to 0 before
 * one from 2 to 0), then by the larger count, then by name, so the text is stable.
 */
const byMagnitude = (a: Changed, b: Changed) =>
  Math.abs(b.changePct) - Math.abs(a.changePct) ||
  Math.abs(b.registered - b.previous) - Math.abs(a.registered - a.previous) ||
  b.registered - a.registered ||
  (a.district < b.district ? -1 : a.district > b.district ? 1 : 0);

const sameChange = (a: Changed, b: Changed) => a.changePct === b.changePct;

/** The falls or the rises a sentence names: the largest, with every one equal to the last of them. */
export function namedChanges(changed: readonly Changed[]): Changed[] {
  return firstWithTies([...changed].sort(byMagnitude), NAMED_CHANGES, sameChange);
}

/**
 * The districts paragraph: the largest falls and rises with their change, and the districts that
 * had no case the year before ("new": a change from zero is never a percentage). When every district
 * of the table changed by the same percentage, it says so ("in all 5 districts (−100 %)").
 */
export function districtsNarrative(
  rows: DistrictRow[],
  year: number,
  label: (district: string) => string,
  { t, f, list }: Words,
): string[] {
  const previousYear = year - 1;
  if (rows.length === 0) return [t('narrative.districtsNone', { year, previousYear })];
  const changed = rows.filter((r): r is Changed => r.changePct !== null);
  const falls = namedChanges(changed.filter((r) => r.changePct < 0));
  const rises = namedChanges(changed.filter((r) => r.changePct > 0));
  const fresh = rows.filter((r) => r.changePct === null && r.registered > 0);
  const named = (rs: Changed[]) => list(rs.map((r) => `${label(r.district)} (${f.change(r.changePct)})`));
  /** Every district of the table, all by the same change: the sentence says "in all N districts". */
  const everyOne = (rs: Changed[]) =>
    rs.length === rows.length && rs.length >= ALL_FROM && rs.every((r) => sameChange(r, rs[0]!));
  const all = (key: string, rs: Changed[]) =>
    t(key, { count: rs.length, n: f.number(rs.length), change: f.change(rs[0]!.changePct) });

  const sentences: string[] = [];
  if (everyOne(falls)) sentences.push(all('narrative.districtsFellAll', falls));
  else if (everyOne(rises)) sentences.push(all('narrative.districtsRoseAll', rises));
  else {
    if (falls.length)
      sentences.push(t('narrative.districtsFell', { count: falls.length, list: named(falls) }));
    if (rises.length)
      sentences.push(
        t(falls.length ? 'narrative.districtsRose' : 'narrative.districtsRoseOnly', {
          count: rises.length,
          list: named(rises),
        }),
      );
  }
  if (fresh.length)
    sentences.push(
      t('narrative.districtsNew', {
        count: fresh.length,
        previousYear,
        list: list(fresh.map((r) => label(r.district))),
      }),
    );
  if (sentences.length === 0) sentences.push(t('narrative.districtsSteady'));
  return [sentences.join(' ')];
}
