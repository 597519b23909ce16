import { describe, expect, it } from 'vitest';
import { translate } from '.';
import { flatStrings } from './testing/flat-strings';

// Plural forms differ by language (Russian has few/many), so compare keys without them.
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('locales', () => {
  const [en, ru, kk] = (['en', 'ru', 'kk'] as const).map(flatStrings);

  it('have the same keys in ru, kk and en, none empty', () => {
    const keys = (m: Map<string, string>) => [...new Set([...m.keys()].map(base))].sort();
    expect(keys(ru!)).toEqual(keys(en!));
    expect(keys(kk!)).toEqual(keys(en!));
    for (const m of [en!, ru!, kk!]) for (const [k, v] of m) expect(v.trim(), k).not.toBe('');
  });

  it('are really translated: Russian and Kazakh differ from English outside names', () => {
    const same = (m: Map<string, string>) =>
      [...m].filter(([k, v]) => en!.get(k) === v && !k.startsWith('language.'));
    expect(same(ru!).length).toBeLessThan(en!.size * 0.05);
    expect(same(kk!).length).toBeLessThan(en!.size * 0.05);
  });

  it('use the right plural forms', () => {
    expect(translate('ru', 'cases.total', { count: 1 })).toBe('1 дело');
    expect(translate('ru', 'cases.total', { count: 3 })).toBe('3 дела');
    expect(translate('ru', 'cases.total', { count: 11 })).toBe('11 дел');
    expect(translate('en', 'cases.total', { count: 2 })).toBe('2 cases');
    expect(translate('kk', 'cases.total', { count: 5 })).toBe('5 іс');
  });
});
