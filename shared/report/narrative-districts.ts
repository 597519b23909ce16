import type { DistrictRow } from '../domain/stats';
import type { Words } from './words';

/** How many of the largest rises and of the largest falls the sentence names (the Astana review names 2 and 3). */
export const NAMED_CHANGES = 3;

type Changed = DistrictRow & { changePct: number };

/** Largest change first; equal changes by the larger count, then by name, so the text is stable. */
const byMagnitude = (a: Changed, b: Changed) =>
  Math.abs(b.changePct) - Math.abs(a.changePct) ||
  b.registered - a.registered ||
  (a.district < b.district ? -1 : 1);

/**
 * The districts paragraph: the largest falls and rises with their change, and the districts that
 * had no case the year before ("new": a change from zero is never a percentage).
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
  const falls = changed
    .filter((r) => r.changePct < 0)
    .sort(byMagnitude)
    .slice(0, NAMED_CHANGES);
  const rises = changed
    .filter((r) => r.changePct > 0)
    .sort(byMagnitude)
    .slice(0, NAMED_CHANGES);
  const fresh = rows.filter((r) => r.changePct === null && r.registered > 0);
  const named = (rs: Changed[]) => list(rs.map((r) => `${label(r.district)} (${f.change(r.changePct)})`));

  const sentences: string[] = [];
  if (falls.length) sentences.push(t('narrative.districtsFell', { count: falls.length, list: named(falls) }));
  if (rises.length)
    sentences.push(
      t(falls.length ? 'narrative.districtsRose' : 'narrative.districtsRoseOnly', {
        count: rises.length,
        list: named(rises),
      }),
    );
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
