import type { Language } from '../domain/fields';
import { formatsFor } from '../format';

/** The text beside a bar: the count, and its share when there is one ("20 · 38,5 %"). */
export function barValueText(language: Language, value: number, pct?: number | null): string {
  const f = formatsFor(language);
  return pct === undefined || pct === null ? f.number(value) : `${f.number(value)} · ${f.percent(pct)}`;
}
