import { describe, expect, it } from 'vitest';
import type { Store } from '../../db/ports';
import { openPgStore } from '../../db/postgres/store';
import { usePgDatabase } from '../../db/postgres/testing/test-database';
import { openSqliteStore } from '../../db/sqlite/store';
import { tempDbPath } from '../../db/test-support';
import { CASE_FILE_FORMAT } from '../../shared/domain/case-file';
import type { CaseRecordInput } from '../../shared/domain/case-record';
import { statsQuery } from '../../shared/domain/stats';
import { seedReferenceData } from '../seed-reference';
import { importCases } from './import-cases';
import { imprisoned, kase, man, woman } from './stats-fixtures';
import { annualStats, drillDown } from './stats';

/*
 * A review counts the cases of its articles over its days, compared with the same days a year before,
 * on both engines. Every expectation is counted by hand from `cases`.
 */
const cases: CaseRecordInput[] = [
  // Extortion (194): three in the third quarter of 2024, one in the first; two in 2023's third quarter.
  kase('2024-07-02', {
    forwardedToCourtOn: '2024-08-01',
    platforms: ['Telegram'],
    victims: [woman({ birthYear: 1990 })],
    defendants: [imprisoned('2024-09-10', 5, 0)],
  }),
  kase('2024-08-15', { district: 'Esil', platforms: ['Telegram'], defendants: [man()] }),
  kase('2024-09-30', { victims: [woman({ birthYear: 2010 })] }),
  kase('2024-02-01', { forwardedToCourtOn: '2024-07-20' }),
  kase('2023-07-10'),
  kase('2023-09-01', { district: 'Esil' }),
  // Fraud (190) and drugs (296) beside them, in the same days.
  kase('2024-07-05', {
    article: '190',
    forwardedToCourtOn: '2024-07-25',
    platforms: ['Instagram'],
    victims: [woman()],
    defendants: [imprisoned('2024-09-01', 2, 0)],
  }),
  kase('2024-08-20', { article: '296', district: 'Esil', defendants: [man()] }),
  kase('2023-08-01', { article: '190' }),
];

const engines: [string, () => Promise<Store>][] = [
  ['SQLite', () => Promise.resolve(openSqliteStore(tempDbPath()))],
  ['PostgreSQL', async () => openPgStore(pgDatabase())],
];
const pgDatabase = usePgDatabase();

const third = { from: '2024-07-01', to: '2024-09-30' };

describe.each(engines)('a review of a subject and a period (%s)', (_engine, open) => {
  // One store per engine, filled once: the tests only read it.
  let store: Promise<Store> | undefined;
  const filled = () =>
    (store ??= open().then(async (s) => {
      await seedReferenceData(s);
      await importCases(s, 'test', { format: CASE_FILE_FORMAT, cases }, 'refuse');
      return s;
    }));

  it('counts every case by default, and only the articles asked for', async () => {
    const store = await filled();
    const all = await annualStats(store, { year: 2024 });
    expect(all.pipeline.registered).toBe(6);
    const extortion = await annualStats(store, { year: 2024, articles: ['194'] });
    expect(extortion.pipeline).toMatchObject({
      registered: 4,
      forwardedToCourt: 2,
      convictedPersons: 1,
      imprisonedPersons: 1,
    });
    expect(extortion.previousYear.registered).toBe(2);
    expect(extortion.victims.total).toBe(2);
    expect(extortion.offenders.total).toBe(2);
    expect(extortion.platforms).toEqual([{ name: 'Telegram', cases: 2, pct: 50 }]);
    expect(extortion.districts.map((d) => [d.district, d.registered, d.previous])).toEqual([
      ['Almaty', 3, 1],
      ['Esil', 1, 1],
    ]);
    const two = await annualStats(store, { year: 2024, articles: ['296', '190'] });
    expect(two.pipeline.registered).toBe(2);
    expect(two.previousYear.registered).toBe(1);
  });

  it('counts the days of a period, against the same days a year before', async () => {
    const store = await filled();
    const quarter = await annualStats(store, { year: 2024, period: third, articles: ['194'] });
    expect(quarter.year).toBe(2024);
    // Registered 3 (not February's); forwarded 2: August's, and July's of the February case.
    expect(quarter.pipeline).toMatchObject({ registered: 3, forwardedToCourt: 2, convictedPersons: 1 });
    expect(quarter.previousYear.registered).toBe(2);
    expect(quarter.registeredChangePct).toBe(50);
    const everyCase = await annualStats(store, { year: 2024, period: third });
    expect(everyCase.pipeline.registered).toBe(5);
    expect(everyCase.previousYear.registered).toBe(3);
  });

  it("lists exactly the cases a subject's figure counted", async () => {
    const store = await filled();
    const scope = { year: 2024, period: third, articles: ['194'], page: 1, pageSize: 50 };
    const registered = await drillDown(store, { ...scope, figure: 'registered' });
    expect(registered.rows.map((r) => r.registeredOn)).toEqual(['2024-07-02', '2024-08-15', '2024-09-30']);
    const forwarded = await drillDown(store, { ...scope, figure: 'forwardedToCourt' });
    expect(forwarded.rows.map((r) => r.registeredOn)).toEqual(['2024-02-01', '2024-07-02']);
    const telegram = await drillDown(store, { ...scope, figure: 'platform', key: 'Telegram' });
    expect(telegram.total).toBe(2);
    const offenders = await drillDown(store, { ...scope, figure: 'offenders' });
    expect(offenders.total).toBe(2);
  });
});

describe('a period is checked before anything is counted', () => {
  const issues = (query: unknown) =>
    statsQuery.safeParse(query).error?.issues.map((i) => [i.path.join('.'), i.message]);

  it('refuses a period that ends before it starts, is longer than a year or ends in another year', () => {
    expect(issues({ year: 2024, period: { from: '2024-09-30', to: '2024-07-01' } })).toEqual([
      ['period.to', 'errors.stats.periodOrder'],
    ]);
    expect(issues({ year: 2024, period: { from: '2023-01-01', to: '2024-06-30' } })).toEqual([
      ['period.to', 'errors.stats.periodTooLong'],
    ]);
    expect(issues({ year: 2025, period: third })).toEqual([['period.to', 'errors.stats.periodYear']]);
    expect(issues({ year: 2024, period: { from: '2023-07-01', to: '2024-06-30' } })).toBeUndefined();
    // A year and a day would count 1 January 2023 in both the period and the same days a year before.
    expect(issues({ year: 2024, period: { from: '2023-01-01', to: '2024-01-01' } })).toEqual([
      ['period.to', 'errors.stats.periodTooLong'],
    ]);
    expect(issues({ year: 2024, period: { from: '2024-01-01', to: '2024-12-31' } })).toBeUndefined();
  });
});
