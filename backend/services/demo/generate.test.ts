import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../shared/domain/case-record';
import { parseCaseFile } from '../../../shared/domain/case-file';
import { stageOfCase } from '../../../shared/domain/pipeline';
import { generateDemoCases } from './generate';

/*
 * Spec §3 counted over in-memory records, independently of the database's statistics queries:
 * every figure by the date of its event inside the calendar year.
 */

/** Rounded half away from zero to one decimal (spec §3). */
const pct = (part: number, whole: number): number => {
  const value = (part / whole) * 100;
  return (Math.sign(value) * Math.round(Math.abs(value) * 10 + 1e-9)) / 10;
};

const inYear = (date: string | null | undefined, year: number) => date != null && date.startsWith(`${year}-`);

function countPipeline(cases: CaseRecord[], year: number) {
  const defendants = cases.flatMap((c) => c.defendants);
  const registeredIn = (y: number) => cases.filter((c) => inYear(c.registeredOn, y));
  const registered = registeredIn(year);
  const sentenced = defendants.filter((d) => inYear(d.sentence?.on, year));
  const imprisoned = sentenced.filter((d) => d.sentence!.type === 'imprisonment');
  const terms = imprisoned.map(
    (d) => Math.round(((d.sentence!.years ?? 0) + (d.sentence!.months ?? 0) / 12) * 10) / 10,
  );
  const forwarded = cases.filter((c) => inYear(c.forwardedToCourtOn, year)).length;

  const perDistrict = (list: CaseRecord[]) =>
    list.reduce((m, c) => m.set(c.district, (m.get(c.district) ?? 0) + 1), new Map<string, number>());
  const now = perDistrict(registered);
  const before = perDistrict(registeredIn(year - 1));
  const districts = [...new Set([...now.keys(), ...before.keys()])].sort().map((district) => {
    const [current, previous] = [now.get(district) ?? 0, before.get(district) ?? 0];
    return {
      district,
      registered: current,
      previous,
      changePct: previous === 0 ? null : pct(current - previous, previous),
    };
  });

  const victims = registered.flatMap((c) => c.victims);
  // One offender per personId (spec §3); defendants without one count each.
  const offenders = [
    ...new Map(registered.flatMap((c) => c.defendants).map((d, i) => [d.personId ?? `#${i}`, d])).values(),
  ];
  return {
    registered: registered.length,
    forwardedToCourt: forwarded,
    convictedPersons: defendants.filter((d) => inYear(d.convictedOn, year)).length,
    sentencedPersons: sentenced.length,
    imprisonedPersons: imprisoned.length,
    imprisonmentYears: terms.length ? { min: Math.min(...terms), max: Math.max(...terms) } : null,
    clearanceRatePct: pct(forwarded, registered.length),
    districts,
    victimsTotal: victims.length,
    womenPct: pct(victims.filter((v) => v.sex === 'F').length, victims.length),
    offendersTotal: offenders.length,
    menPct: pct(offenders.filter((d) => d.sex === 'M').length, offenders.length),
    groupCrimePct: pct(registered.filter((c) => c.groupCrime).length, registered.length),
  };
}

const cases = generateDemoCases();
/** The review's subject: extortion (art. 194); the fraud and drug cases beside it are left out. */
const extortion = cases.filter((c) => c.article === '194');

describe('demo data', () => {
  it('reproduces the Astana 2024 review with its extortion cases, by the counting rules of spec §3', () => {
    expect(countPipeline(extortion, 2024)).toMatchObject({
      registered: 52,
      forwardedToCourt: 34,
      convictedPersons: 27,
      sentencedPersons: 27,
      imprisonedPersons: 11,
      imprisonmentYears: { min: 3, max: 7 },
      clearanceRatePct: 65.4,
      victimsTotal: 50,
      womenPct: 28,
      menPct: 90,
      groupCrimePct: 53.8,
    });
  });

  it('gives the review’s district changes against 2023', () => {
    const changes = Object.fromEntries(
      countPipeline(extortion, 2024).districts.map((d) => [d.district, d.changePct]),
    );
    expect(changes).toEqual({ Almaty: -21.4, Yesil: -12.5, Saryarka: 100, Baikonyr: 100, Nura: 50 });
  });

  it('gives 2023 as the review compares it: 53 registered, 30 forwarded, 22 convicted, 9 imprisoned', () => {
    expect(countPipeline(extortion, 2023)).toMatchObject({
      registered: 53,
      forwardedToCourt: 30,
      convictedPersons: 22,
      imprisonedPersons: 9,
    });
  });

  it('registers fraud and drug cases beside the extortion: 6 in 2024 and 8 in 2023, none convicted', () => {
    // astana-2024.ts, besideCohorts: of 2024's six, the two in court were forwarded within the year.
    expect(countPipeline(cases, 2024)).toMatchObject({
      registered: 58,
      forwardedToCourt: 36,
      convictedPersons: 27,
      imprisonedPersons: 11,
    });
    expect(countPipeline(cases, 2023)).toMatchObject({ registered: 61, convictedPersons: 22 });
    const others = cases.filter((c) => c.article !== '194');
    const byYear = others.reduce(
      (m, c) => m.set(c.registeredOn.slice(0, 4), (m.get(c.registeredOn.slice(0, 4)) ?? 0) + 1),
      new Map<string, number>(),
    );
    expect(Object.fromEntries(byYear)).toEqual({ '2022': 6, '2023': 8, '2024': 6, '2025': 6 });
    expect(others.flatMap((c) => c.defendants).filter((d) => d.convictedOn)).toEqual([]);
  });

  it('counts events by their own date: registered late in 2023, forwarded or decided in 2024', () => {
    const forwardedNextYear = cases.filter(
      (c) => inYear(c.registeredOn, 2023) && inYear(c.forwardedToCourtOn, 2024),
    );
    expect(forwardedNextYear).toHaveLength(4);
    for (const c of forwardedNextYear) expect(c.registeredOn >= '2023-10-01').toBe(true);
    const decidedNextYear = cases.filter(
      (c) => inYear(c.forwardedToCourtOn, 2023) && c.defendants.some((d) => inYear(d.convictedOn, 2024)),
    );
    expect(decidedNextYear.length).toBeGreaterThan(0);
  });

  it('keeps the headline figures whatever the seed', () => {
    for (const seed of [1, 7, 99_991]) {
      const other = generateDemoCases(seed);
      expect(countPipeline(other, 2024)).toEqual(countPipeline(cases, 2024));
      expect(
        countPipeline(
          other.filter((c) => c.article === '194'),
          2024,
        ),
      ).toEqual(countPipeline(extortion, 2024));
    }
  });

  it('is a valid case file: every field and pipeline rule of spec §2', () => {
    const parsed = parseCaseFile({ format: 'nadzor.cases/v1', cases });
    expect(parsed.ok ? [] : parsed.issues.slice(0, 5)).toEqual([]);
    expect(parsed.ok && parsed.file.cases).toEqual(cases);
  });

  it('is deterministic: the same seed gives the same cases, another seed other cases', () => {
    expect(generateDemoCases()).toEqual(cases);
    expect(JSON.stringify(generateDemoCases(2024))).toBe(JSON.stringify(cases));
    expect(generateDemoCases(5)).not.toEqual(cases);
  });

  it('covers 2022 to October 2025 in every district, with unique 15-digit registry numbers', () => {
    const years = new Set(cases.map((c) => c.registeredOn.slice(0, 4)));
    expect([...years].sort()).toEqual(['2022', '2023', '2024', '2025']);
    for (const year of years) {
      const districts = new Set(cases.filter((c) => c.registeredOn.startsWith(year)).map((c) => c.district));
      expect(districts.size, year).toBe(5);
    }
    const numbers = cases.map((c) => c.registryNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) expect(n).toMatch(/^\d{15}$/);
    const dates = cases.flatMap((c) => [
      c.registeredOn,
      c.forwardedToCourtOn,
      c.closedOn,
      ...c.defendants.map((d) => d.convictedOn),
    ]);
    expect(dates.filter((d) => d !== null && d > '2025-10-31')).toEqual([]);
  });

  it('is mostly extortion, with some fraud and drug cases, and every stage of the pipeline', () => {
    const articles = cases.reduce(
      (m, c) => m.set(c.article, (m.get(c.article) ?? 0) + 1),
      new Map<string, number>(),
    );
    expect(articles.get('194')! / cases.length).toBeGreaterThan(0.8);
    expect(articles.get('190')).toBeGreaterThan(0);
    expect(articles.get('297')).toBeGreaterThan(0);
    expect(new Set(cases.filter((c) => c.article === '194').map((c) => c.part))).toEqual(
      new Set(['1', '2', '3', '4']),
    );
    expect(new Set(cases.map(stageOfCase))).toEqual(
      new Set(['registered', 'forwarded', 'verdict', 'sentenced', 'closed']),
    );
    expect(new Set(cases.map((c) => c.closedReason))).toEqual(
      new Set([null, 'discontinued', 'suspended', 'merged', 'transferred']),
    );
    const acquitted = cases.flatMap((c) => c.defendants).filter((d) => d.acquittedOn);
    expect(acquitted.length).toBeGreaterThan(0);
  });

  it('names people in Cyrillic as Surname Name Patronymic; a few come back in a later case', () => {
    const defendants = cases.flatMap((c) => c.defendants);
    for (const d of defendants) expect(d.fullName).toMatch(/^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$/);
    expect(defendants[0]!.personId).toBe('P-000001');
    const byPerson = new Map<string, typeof defendants>();
    for (const d of defendants) byPerson.set(d.personId!, [...(byPerson.get(d.personId!) ?? []), d]);
    const repeat = [...byPerson.values()].filter((list) => list.length > 1);
    expect(repeat.length).toBeGreaterThanOrEqual(5);
    for (const [first, second] of repeat) {
      expect(second).toMatchObject({
        fullName: first!.fullName,
        sex: first!.sex,
        birthDate: first!.birthDate,
      });
      expect(second!.priorConvictions).toBeGreaterThanOrEqual(first!.priorConvictions!);
    }
    expect(new Set(defendants.map((d) => d.sex))).toEqual(new Set(['M', 'F']));
  });
});
