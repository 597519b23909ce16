import { NO_VALUE } from '../../../shared/format';
import { changePercent } from '../../../shared/stats/rounding';
import type { Words } from '../../../shared/report/words';

/** A change as the tables print it: signed percent, "new" from zero, a dash when both are zero. */
export function changeCell(
  current: number,
  previous: number,
  { t, f }: Words,
  pct = changePercent(current, previous),
) {
  if (pct !== null) return f.change(pct);
  return current > 0 ? t('new') : NO_VALUE;
}

/** A share or a dash when there was nothing to take a share of. */
export const pctCell = (pct: number | null, { f }: Words) => (pct === null ? NO_VALUE : f.percent(pct));

/** "3–7 years" / "от 3 до 7 лет" as a table value; a dash without imprisonment. */
export function termCell(range: { min: number; max: number } | null, { t, f }: Words): string {
  if (!range) return NO_VALUE;
  return range.min === range.max
    ? t('years', { count: range.min, n: f.number(range.min) })
    : t('termRange', { count: range.max, min: f.number(range.min), max: f.number(range.max) });
}
