import type { Language } from '../domain/fields';
import { translate } from '../i18n';
import { formatsFor, localeOf, type Formats } from '../format';

/** Words one key of the `report` namespace in the review's language. */
export type ReportT = (key: string, params?: Record<string, unknown>) => string;

export interface Words {
  t: ReportT;
  f: Formats;
  /** "A", "A and B", "A, B and C" in the language (Intl.ListFormat has no Kazakh conjunction). */
  list: (items: string[]) => string;
  /** A share as the sentences need it: with its sign (`pct`) and bare (`pctNumber`, for «… пайыз»). */
  share: (name: string, pct: number) => Record<string, string>;
  /** A category as a table row or chart bar names it ("лишение свободы" → "Лишение свободы"). */
  heading: (key: string) => string;
}

export function wordsFor(language: Language): Words {
  const t: ReportT = (key, params) => translate(language, `report.${key}`, params);
  const f = formatsFor(language);
  const list = (items: string[]): string => {
    if (items.length <= 1) return items[0] ?? '';
    if (items.length === 2) return t('list.pair', { first: items[0], second: items[1] });
    return t('list.last', { rest: items.slice(0, -1).join(', '), last: items.at(-1) });
  };
  const share = (name: string, pct: number) => ({ [name]: f.percent(pct), [`${name}Number`]: f.number(pct) });
  const heading = (key: string) => {
    const text = t(key);
    return text.charAt(0).toLocaleUpperCase(localeOf[language]) + text.slice(1);
  };
  return { t, f, list, share, heading };
}
