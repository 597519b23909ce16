import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/fields';
import type { AnnualStats, DistrictRow } from '../domain/stats';
import { reviewNarrative } from './narrative';
import { firstWithTies, largestKeys } from './narrative-ties';
import { astana2024, fixtureLabels } from './testing/annual-stats';

/*
 * The review's sentences name the largest values and leave out none equal to one they name: a
 * district, platform or tactic that changed or counts as much as the last one named is named too,
 * and several equal largest groups are named together, never one of them as the largest.
 */

const NBSP = /\u00a0/g;
const text = (stats: AnnualStats, language: Language) => {
  const n = reviewNarrative(stats, language, (_kind, name) => fixtureLabels[name]?.[language] ?? name);
  const plain = (parts: string[]) => parts.join(' ').replace(NBSP, ' ');
  return {
    districts: plain(n.districts),
    people: plain(n.people),
    shares: plain(n.shares),
    sentences: plain(n.sentences),
  };
};

const withDistricts = (districts: DistrictRow[]): AnnualStats => ({ ...astana2024(), districts });

/** The 2026 figures of the audit's data set: every district of the table fell to none. */
const everyDistrictToNone: DistrictRow[] = [
  { district: 'Yesil', registered: 0, previous: 4, changePct: -100 },
  { district: 'Almaty', registered: 0, previous: 3, changePct: -100 },
  { district: 'Nura', registered: 0, previous: 3, changePct: -100 },
  { district: 'Saryarka', registered: 0, previous: 2, changePct: -100 },
  { district: 'Kosshy', registered: 0, previous: 1, changePct: -100 },
];

describe('review narrative: districts with equal changes', () => {
  it('every district of the table fell alike: "in all 5 districts", in each language', () => {
    const stats = withDistricts(everyDistrictToNone);
    expect(text(stats, 'ru').districts).toBe(
      'Число зарегистрированных дел снизилось во всех 5 районах (−100 %).',
    );
    expect(text(stats, 'kk').districts).toBe('Тіркелген істер саны барлық 5 ауданда (−100%) азайды.');
    expect(text(stats, 'en').districts).toBe('Registrations fell in all 5 districts (−100%).');
  });

  it('every district rose alike: "in all N districts"', () => {
    const stats = withDistricts(
      ['Almaty', 'Baikonyr', 'Nura', 'Saryarka', 'Yesil'].map((district) => ({
        district,
        registered: 2469,
        previous: 2100,
        changePct: 17.6,
      })),
    );
    expect(text(stats, 'ru').districts).toBe(
      'Число зарегистрированных дел выросло во всех 5 районах (+17,6 %).',
    );
    expect(text(stats, 'kk').districts).toBe('Тіркелген істер саны барлық 5 ауданда (+17,6%) көбейді.');
    expect(text(stats, 'en').districts).toBe('Registrations rose in all 5 districts (+17.6%).');
  });

  it('names all five equal falls, the largest drop (4 → 0) first, when another district rose', () => {
    const stats = withDistricts([
      ...everyDistrictToNone.slice().reverse(),
      { district: 'Baikonyr', registered: 2, previous: 1, changePct: 100 },
    ]);
    expect(text(stats, 'ru').districts).toBe(
      'Число зарегистрированных дел снизилось в районах Есиль (−100 %), Алматы (−100 %), Нура (−100 %), ' +
        'Сарыарка (−100 %) и Kosshy (−100 %). Рост отмечен в районе Байконыр (+100 %).',
    );
    expect(text(stats, 'en').districts).toBe(
      'Registrations fell in Yesil (−100%), Almaty (−100%), Nura (−100%), Saryarka (−100%) and Kosshy (−100%) districts. ' +
        'They rose in Baikonyr (+100%) district.',
    );
  });

  it('two districts alike are named, not "all 2"', () => {
    const stats = withDistricts(everyDistrictToNone.slice(3));
    expect(text(stats, 'en').districts).toBe(
      'Registrations fell in Saryarka (−100%) and Kosshy (−100%) districts.',
    );
  });

  it('a fourth district equal to the third is named too; a fifth smaller one is not', () => {
    const stats = withDistricts([
      { district: 'A', registered: 9, previous: 10, changePct: -10 },
      { district: 'F', registered: 4, previous: 5, changePct: -20 },
      { district: 'B', registered: 5, previous: 10, changePct: -50 },
      { district: 'C', registered: 8, previous: 10, changePct: -20 },
      { district: 'D', registered: 7, previous: 10, changePct: -30 },
    ]);
    // C (10 → 8) fell by more cases than F (5 → 4), so it comes first of the two.
    expect(text(stats, 'en').districts).toBe(
      'Registrations fell in B (−50%), D (−30%), C (−20%) and F (−20%) districts.',
    );
  });

  it('property: no district that changed as much as a named one is left out', () => {
    const row = fc.record({
      previous: fc.integer({ min: 0, max: 6 }),
      registered: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 9 }), (counts) => {
        const districts: DistrictRow[] = counts.map(({ previous, registered }, i) => ({
          // Names that are never a part of one another ("D1" is part of "D10").
          district: `D${String.fromCharCode(65 + i)}x`,
          registered,
          previous,
          changePct: previous === 0 ? null : Math.round(((registered - previous) / previous) * 1000) / 10,
        }));
        const said = text(withDistricts(districts), 'en').districts;
        const changed = districts.filter((d) => d.changePct !== null && d.changePct !== 0);
        const all = /in all (\d+) districts \(([^)]+)\)/.exec(said);
        if (all) {
          // Only when every district of the table changed, and by the same percentage.
          expect(Number(all[1])).toBe(districts.length);
          expect(districts.length).toBeGreaterThanOrEqual(3);
          expect(new Set(districts.map((d) => d.changePct)).size).toBe(1);
          return;
        }
        for (const sign of [-1, 1]) {
          const same = changed.filter((d) => Math.sign(d.changePct!) === sign);
          const named = same.filter((d) => said.includes(`${d.district} (`));
          // At least the three largest (or all there are) ...
          expect(named.length).toBe(Math.max(Math.min(3, same.length), named.length));
          // ... and every one that changed as much as the smallest change named.
          const least = Math.min(...named.map((d) => Math.abs(d.changePct!)));
          for (const d of same)
            if (Math.abs(d.changePct!) >= least) expect(said).toContain(`${d.district} (`);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('review narrative: platforms and tactics with equal shares', () => {
  it('names every platform with the share of the last one named (Yesil 2025: four at 25 %)', () => {
    const stats = astana2024();
    stats.platforms = ['Badoo', 'Facebook', 'Instagram', 'Telegram'].map((name) => ({
      name,
      cases: 1,
      pct: 25,
    }));
    expect(text(stats, 'ru').shares).toContain(
      'Чаще всего упоминаются платформы: Badoo (25 %), Facebook (25 %), Instagram (25 %) и Telegram (25 %).',
    );
    expect(text(stats, 'en').shares).toContain(
      'The platforms named most often: Badoo (25%), Facebook (25%), Instagram (25%) and Telegram (25%).',
    );
  });

  it('names both tactics at 20 % after the two at 30 %, and not the one at 10 % (2024)', () => {
    const stats = astana2024();
    stats.tactics = [
      { name: 'fake-relationship', cases: 3, pct: 30 },
      { name: 'intimate-images', cases: 3, pct: 30 },
      { name: 'impersonating-officials', cases: 2, pct: 20 },
      { name: 'threat-of-violence', cases: 2, pct: 20 },
      { name: 'debt-collection', cases: 1, pct: 10 },
    ];
    expect(text(stats, 'ru').shares).toContain(
      'Наиболее распространённые способы: мнимые отношения (30 %), интимные изображения (30 %), ' +
        'выдача себя за сотрудника органов (20 %) и угроза насилием (20 %).',
    );
    expect(text(stats, 'ru').shares).not.toContain('debt');
  });

  it('ranks by share, then by count, whatever order the rows come in', () => {
    const stats = astana2024();
    stats.platforms = [
      { name: 'VK', cases: 1, pct: 5 },
      { name: 'WhatsApp', cases: 5, pct: 25 },
      { name: 'Telegram', cases: 9, pct: 45 },
      { name: 'Badoo', cases: 5, pct: 25 },
    ];
    expect(text(stats, 'en').shares).toContain(
      'The platforms named most often: Telegram (45%), WhatsApp (25%) and Badoo (25%).',
    );
  });

  it('property: no platform with the printed share of a named one is left out', () => {
    const share = fc.record({ cases: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(fc.array(share, { minLength: 1, maxLength: 8 }), (rows) => {
        const total = rows.reduce((sum, r) => sum + r.cases, 0);
        const stats = astana2024();
        stats.platforms = rows
          .map((r, i) => ({
            name: `P${String.fromCharCode(65 + i)}x`,
            cases: r.cases,
            pct: Math.round((r.cases / total) * 1000) / 10,
          }))
          .sort((a, b) => b.cases - a.cases || (a.name < b.name ? -1 : 1));
        const said = text(stats, 'en').shares;
        const named = stats.platforms.filter((p) => said.includes(`${p.name} (`));
        expect(named.length).toBeGreaterThanOrEqual(Math.min(3, rows.length));
        const least = Math.min(...named.map((p) => p.pct ?? 0));
        for (const p of stats.platforms) if ((p.pct ?? 0) >= least) expect(said).toContain(`${p.name} (`);
      }),
      { numRuns: 300 },
    );
  });
});

describe('review narrative: equally large groups', () => {
  /** The Yesil 2025 victims: one of each of four employments, and 2, 2 in two age bands. */
  function yesil(): AnnualStats {
    const stats = astana2024();
    stats.victims.employment = {
      employed: 1,
      unemployed: 1,
      informal: 0,
      student: 1,
      pensioner: 1,
      other: 0,
      unknown: 0,
    };
    stats.victims.ageBands = { under18: 2, '18to20': 0, '21to39': 2, '40to59': 0, '60plus': 1, unknown: 3 };
    return stats;
  }

  it('names the tied employments together, never one of them as prevailing', () => {
    const ru = text(yesil(), 'ru').people;
    expect(ru).toContain(
      'Наиболее многочисленные группы по роду занятий — работающие, безработные, учащиеся и пенсионеры (по 1).',
    );
    expect(ru).not.toContain('преобладают');
    expect(text(yesil(), 'kk').people).toContain(
      'Жұмыспен қамтылуы бойынша ең көп топтар — жұмыс істейтіндер, жұмыссыздар, білім алушылар және зейнеткерлер (әрқайсысында 1).',
    );
    expect(text(yesil(), 'en').people).toContain(
      'The largest groups by employment: employed, unemployed, students and pensioners (1 each).',
    );
  });

  it('names the tied age bands together ("unknown" is never a group)', () => {
    expect(text(yesil(), 'ru').people).toContain(
      'Наиболее многочисленные возрастные группы — до 18 лет и 21–39 лет (по 2).',
    );
    expect(text(yesil(), 'en').people).toContain(
      'The largest age groups are under 18 years and 21–39 years (2 each).',
    );
  });

  it('one largest group is still named alone', () => {
    const stats = yesil();
    stats.victims.employment.student = 2;
    expect(text(stats, 'ru').people).toContain('По роду занятий преобладают учащиеся (2).');
  });

  it('names equally frequent sentences together, with the year or the period', () => {
    const stats = astana2024();
    stats.sentences.byType = { imprisonment: 3, restriction: 1, suspended: 3, fine: 0, other: 0 };
    stats.pipeline.sentencedPersons = 7;
    expect(text(stats, 'ru').sentences).toBe(
      'В 2024 году приговоры вынесены в отношении 7 лиц; наиболее частые виды наказания — ' +
        'лишение свободы и условное осуждение (по 3). Оправдано 1 лицо.',
    );
    expect(text(stats, 'en').sentences).toBe(
      'In 2024, 7 persons were sentenced; the most frequent sentences are imprisonment and suspended sentence (3 each). ' +
        '1 person was acquitted.',
    );
    expect(text(stats, 'kk').sentences).toContain(
      '2024 жылы 7 адамға үкім шығарылды; жазаның ең жиі түрлері — бас бостандығынан айыру және шартты түрде соттау (әрқайсысы 3 адамға).',
    );
    const quarter = { ...stats, period: { from: '2024-07-01', to: '2024-09-30' } };
    expect(text(quarter, 'ru').sentences).toContain(
      'В III квартале 2024 года приговоры вынесены в отношении 7 лиц; наиболее частые виды наказания',
    );
  });
});

describe('firstWithTies and largestKeys', () => {
  it('extend the cut through equal values only', () => {
    const same = (a: number, b: number) => a === b;
    expect(firstWithTies([9, 7, 5, 5, 5, 2], 3, same)).toEqual([9, 7, 5, 5, 5]);
    expect(firstWithTies([9, 7, 5, 4], 3, same)).toEqual([9, 7, 5]);
    expect(firstWithTies([9, 7], 3, same)).toEqual([9, 7]);
    expect(firstWithTies([], 3, same)).toEqual([]);
  });

  it('give every key of the largest count, skipping "unknown" and zeros', () => {
    const keys = ['a', 'b', 'c', 'unknown'] as const;
    expect(largestKeys(keys, { a: 1, b: 3, c: 3, unknown: 9 })).toEqual(['b', 'c']);
    expect(largestKeys(keys, { a: 1, b: 3, c: 2, unknown: 0 })).toEqual(['b']);
    expect(largestKeys(keys, { a: 0, b: 0, c: 0, unknown: 4 })).toEqual([]);
  });
});
