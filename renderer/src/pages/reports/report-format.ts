import type { Language } from '../../../../shared/domain/fields';
import { formatsFor, NO_VALUE } from '../../../../shared/format';

/*
 * How the Reports screen writes its figures: the review's own formats (shared/format.ts), with a dash
 * for a share of nothing.
 */

export interface ScreenFormats {
  number: (value: number) => string;
  /** A share already in percent (65.4 → "65,4 %"); a share of nothing is a dash, never 0 %. */
  percent: (pct: number | null) => string;
  /** A change in percent with its sign; null means there was nothing to compare with. */
  change: (pct: number | null) => string | null;
}

export { NO_VALUE };

export function screenFormats(language: Language): ScreenFormats {
  const formats = formatsFor(language);
  return {
    number: formats.number,
    percent: (pct) => (pct === null ? NO_VALUE : formats.percent(pct)),
    change: (pct) => (pct === null ? null : formats.change(pct)),
  };
}

/** Which way a change went, for its arrow; `new` when there was no previous figure. */
export type Trend = 'up' | 'down' | 'same' | 'new';

export const trendOf = (pct: number | null): Trend =>
  pct === null ? 'new' : pct > 0 ? 'up' : pct < 0 ? 'down' : 'same';
