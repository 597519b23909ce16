import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/fields';
import { translate } from '.';
import { flatStrings } from './testing/flat-strings';

/*
 * Every message with variables renders with all of them filled, in every language: the three
 * translations of a key ask for the same variables, and a count next to a noun goes through the
 * language's plural forms ("1 problem", "2 problems"), never "1 problems".
 */

const languages: Language[] = ['ru', 'kk', 'en'];

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(pluralSuffix, '');
const variablesOf = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!);

const texts = Object.fromEntries(languages.map((l) => [l, flatStrings(l)])) as Record<
  Language,
  Map<string, string>
>;

/** Each key (plural forms folded together) with the variables its texts use, per language. */
function variablesByKey(language: Language): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const [key, text] of texts[language]) {
    const set = out.get(base(key)) ?? new Set<string>();
    for (const v of variablesOf(text)) set.add(v);
    out.set(base(key), set);
  }
  return new Map([...out].map(([k, set]) => [k, [...set].sort()]));
}

/** A share is given both with its sign (`pct`) and bare (`pctNumber`, for «… пайыз»): one variable. */
const sameVariable = (name: string) => name.replace(/Number$/, '');
const comparable = (vars: string[]) => [...new Set(vars.map(sameVariable))].sort();

/** Keys with variables, with every variable any of their translations uses. */
const withVariables = (() => {
  const all = new Map<string, Set<string>>();
  for (const language of languages)
    for (const [key, vars] of variablesByKey(language)) {
      const set = all.get(key) ?? new Set<string>();
      for (const v of vars) set.add(v);
      all.set(key, set);
    }
  return [...all].filter(([, set]) => set.size > 0).map(([key, set]) => [key, [...set]] as const);
})();

describe('messages with variables', () => {
  it('ask for the same variables in ru, kk and en', () => {
    const en = variablesByKey('en');
    for (const language of ['ru', 'kk'] as const) {
      const differing = [...variablesByKey(language)]
        .filter(
          ([key, vars]) => JSON.stringify(comparable(vars)) !== JSON.stringify(comparable(en.get(key) ?? [])),
        )
        .map(([key, vars]) => `${language} ${key}: ${vars.join(',')} ≠ en ${en.get(key)?.join(',')}`);
      expect(differing).toEqual([]);
    }
  });

  it('render with no {{ left once their variables are given, for counts of 1, 2 and 5', () => {
    expect(withVariables.length).toBeGreaterThan(50);
    const unfilled: string[] = [];
    for (const language of languages) {
      for (const [key, vars] of withVariables) {
        for (const count of [1, 2, 5]) {
          // Plural keys may show a formatted {{number}} while `count` picks the form.
          const params = { ...Object.fromEntries(vars.map((v) => [v, 'X'])), count };
          const text = translate(language, key, params);
          if (text.includes('{{') || text === key) unfilled.push(`${language} ${key}: ${text}`);
        }
      }
    }
    expect(unfilled).toEqual([]);
  });

  it("put a count before a noun through the language's plural forms", () => {
    // These counts are a formatted figure always above a limit, never 1.
    const alwaysMany = new Set([
      'audit.export.tooManyPdf',
      'audit.export.tooManyCsv',
      'audit.export.tooManyXlsx',
    ]);
    const missing: string[] = [];
    for (const [key, text] of texts.en) {
      if (!/\{\{count\}\} (?!more\b)\p{L}/u.test(text) || alwaysMany.has(base(key))) continue;
      if (!texts.en.has(`${base(key)}_one`) || !texts.en.has(`${base(key)}_other`)) missing.push(key);
    }
    expect(missing).toEqual([]);
  });

  it("give every plural key all of its language's forms", () => {
    const missing: string[] = [];
    for (const language of languages) {
      const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const plural = new Set([...texts[language].keys()].filter((k) => pluralSuffix.test(k)).map(base));
      for (const key of plural)
        for (const form of forms)
          if (!texts[language].has(`${key}_${form}`)) missing.push(`${language} ${key}_${form}`);
    }
    expect(missing).toEqual([]);
  });

  it('word an import with one problem in the singular', () => {
    expect(translate('en', 'errors.import.invalid', { count: 1 })).toBe(
      'The file has 1 problem; nothing was imported',
    );
    expect(translate('en', 'errors.import.invalid', { count: 3 })).toBe(
      'The file has 3 problems; nothing was imported',
    );
    expect(translate('ru', 'errors.import.invalid', { count: 1 })).toBe(
      'В файле найдена 1 проблема; ничего не импортировано',
    );
  });
});
