import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../db/sqlite/store';
import { tempDbPath } from '../../db/test-support';
import { CASE_FILE_FORMAT } from '../../shared/domain/case-file';
import type { CaseRecord } from '../../shared/domain/case-record';
import { drillKinds, type AnnualStats, type DrillFigure } from '../../shared/domain/stats';
import { validCases } from '../../shared/domain/testing/case-arbitrary';
import { percent } from '../../shared/stats/rounding';
import { importCases } from './import-cases';
import { annualStats, drillDown } from './stats';

const inYear = (date: string | null | undefined, year: number) => date?.startsWith(`${year}-`) ?? false;

/** Pipeline counts by the plain words of spec §3, computed over the generated records in memory. */
function expectedPipeline(cases: CaseRecord[], year: number) {
  const defendants = cases.flatMap((c) => c.defendants);
  return {
    registered: cases.filter((c) => inYear(c.registeredOn, year)).length,
    forwardedToCourt: cases.filter((c) => inYear(c.forwardedToCourtOn, year)).length,
    convictedPersons: defendants.filter((d) => inYear(d.convictedOn, year)).length,
    sentencedPersons: defendants.filter((d) => inYear(d.sentence?.on, year)).length,
    imprisonedPersons: defendants.filter(
      (d) => inYear(d.sentence?.on, year) && d.sentence?.type === 'imprisonment',
    ).length,
  };
}

/** Age in full years at a date (spec §3), on the date strings. */
function ageAt(birthDate: string | null, on: string): number | null {
  if (!birthDate) return null;
  return Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (on.slice(5) < birthDate.slice(5) ? 1 : 0);
}

/** Offenders by the words of spec §3: first appearance of each person, in registration order. */
function expectedOffenders(cases: CaseRecord[], year: number) {
  const seen = new Set<string>();
  const people = cases
    .filter((c) => inYear(c.registeredOn, year))
    .sort(
      (a, b) =>
        a.registeredOn.localeCompare(b.registeredOn) || (a.registryNumber < b.registryNumber ? -1 : 1),
    )
    .flatMap((c) => c.defendants.map((d) => ({ ...d, age: ageAt(d.birthDate, c.registeredOn) })))
    .filter((d) => {
      if (d.personId === null) return true;
      if (seen.has(d.personId)) return false;
      seen.add(d.personId);
      return true;
    });
  const share = (test: (d: (typeof people)[number]) => boolean) =>
    percent(people.filter(test).length, people.length);
  return {
    total: people.length,
    menPct: share((d) => d.sex === 'M'),
    age17to60Pct: share((d) => d.age !== null && d.age >= 17 && d.age <= 60),
    priorConvictionPct: share((d) => (d.priorConvictions ?? 0) >= 1),
    unemployedPct: share((d) => d.employment === 'unemployed'),
  };
}

function percentages(stats: AnnualStats): (number | null)[] {
  return [
    stats.victims.womenPct,
    ...Object.values(stats.offenders).slice(1),
    stats.groupCrimePct,
    ...stats.platforms.map((p) => p.pct),
    ...stats.tactics.map((t) => t.pct),
  ] as (number | null)[];
}

const drillable: [DrillFigure, (s: AnnualStats) => number][] = [
  ['registered', (s) => s.pipeline.registered],
  ['forwardedToCourt', (s) => s.pipeline.forwardedToCourt],
  ['convictedPersons', (s) => s.pipeline.convictedPersons],
  ['sentencedPersons', (s) => s.pipeline.sentencedPersons],
  ['imprisonedPersons', (s) => s.pipeline.imprisonedPersons],
  ['offenders', (s) => s.offenders.total],
  ['victims', (s) => s.victims.total],
];

describe('statistics over any valid data', () => {
  it('agree with the counting rules, sum up by district, keep shares within 0–100, and filter like their rows', async () => {
    await fc.assert(
      fc.asyncProperty(validCases(12), fc.integer({ min: 2022, max: 2025 }), async (cases, year) => {
        const store = openSqliteStore(tempDbPath());
        await importCases(store, 'test', { format: CASE_FILE_FORMAT, cases }, 'refuse');
        const stats = await annualStats(store, { year });

        expect(stats.pipeline).toMatchObject(expectedPipeline(cases, year));
        expect(stats.previousYear).toEqual(expectedPipeline(cases, year - 1));
        expect(stats.offenders).toEqual(expectedOffenders(cases, year));
        const sum = (key: 'registered' | 'previous') => stats.districts.reduce((n, d) => n + d[key], 0);
        expect(sum('registered')).toBe(stats.pipeline.registered);
        expect(sum('previous')).toBe(stats.previousYear.registered);
        for (const pct of percentages(stats)) if (pct !== null) expect(pct).toBeGreaterThanOrEqual(0);
        for (const pct of percentages(stats)) if (pct !== null) expect(pct).toBeLessThanOrEqual(100);
        const bands = Object.values(stats.victims.ageBands).reduce((a, b) => a + b, 0);
        expect(bands).toBe(stats.victims.total);

        for (const row of stats.districts) {
          const one = await annualStats(store, { year, district: row.district });
          expect(one.districts).toEqual([row]);
          expect(one.pipeline.registered).toBe(row.registered);
          expect(one.previousYear.registered).toBe(row.previous);
        }
        for (const term of stats.sentences.imprisonmentTerms) {
          const page = await drillDown(store, {
            year,
            figure: 'imprisonmentTerm',
            key: String(term.years),
            page: 1,
            pageSize: 500,
          });
          expect(page.total).toBe(term.persons);
        }
        for (const [figure, count] of drillable) {
          const page = await drillDown(store, { year, figure, page: 1, pageSize: 500 });
          expect(page.kind, figure).toBe(drillKinds[figure]);
          expect(page.total, figure).toBe(count(stats));
          expect(page.rows.length, figure).toBe(count(stats));
        }
        await store.close();
      }),
      { numRuns: 40 },
    );
  });
});
