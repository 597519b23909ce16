import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../db/sqlite/store';
import { tempDbPath } from '../../db/test-support';
import { CASE_FILE_FORMAT } from '../../shared/domain/case-file';
import type { CaseRecordInput } from '../../shared/domain/case-record';
import { DomainError } from '../errors';
import { seedReferenceData } from '../seed-reference';
import { importCases } from './import-cases';
import { imprisoned, kase, man, woman } from './stats-fixtures';
import { annualStats, drillDown } from './stats';

async function storeWith(cases: CaseRecordInput[]) {
  const store = openSqliteStore(tempDbPath());
  await seedReferenceData(store);
  await importCases(store, 'test', { format: CASE_FILE_FORMAT, cases }, 'refuse');
  return store;
}

const Y = 2024;

describe('pipeline figures count each event in the year it happened', () => {
  it('counts registrations, forwarding, convictions and sentences by their own dates', async () => {
    const store = await storeWith([
      // Registered in December of the year before, forwarded in February: forwarded in Y only.
      kase('2023-12-20', { forwardedToCourtOn: '2024-02-10' }),
      // Registered in Y, forwarded the year after: registered in Y only.
      kase('2024-03-01', { forwardedToCourtOn: '2025-01-15' }),
      // Convicted in December, sentenced in January of the next year: convicted in Y, not sentenced.
      kase('2024-05-01', {
        forwardedToCourtOn: '2024-06-01',
        defendants: [imprisoned('2024-12-20', 4, 0, '2025-01-10'), man({ acquittedOn: '2024-07-01' })],
      }),
      // Convicted the year before, sentenced in Y: sentenced in Y, not convicted.
      kase('2023-02-01', {
        forwardedToCourtOn: '2023-03-01',
        defendants: [imprisoned('2023-11-01', 3, 7, '2024-01-05')],
      }),
      kase('2024-12-31'),
      kase('2025-01-01'),
      kase('2023-01-01'),
    ]);
    const stats = await annualStats(store, { year: Y });
    expect(stats.pipeline).toEqual({
      registered: 3,
      forwardedToCourt: 2,
      convictedPersons: 1,
      sentencedPersons: 1,
      imprisonedPersons: 1,
      imprisonmentYears: { min: 3.6, max: 3.6 },
      clearanceRatePct: 66.7,
    });
    expect(stats.previousYear).toEqual({
      registered: 3,
      forwardedToCourt: 1,
      convictedPersons: 1,
      sentencedPersons: 0,
      imprisonedPersons: 0,
    });
    expect(stats.registeredChangePct).toBe(0);
    expect(stats.acquittedPersons).toBe(1);
    const next = await annualStats(store, { year: 2025 });
    expect(next.pipeline).toMatchObject({ registered: 1, forwardedToCourt: 1, sentencedPersons: 1 });
    expect(next.pipeline.convictedPersons).toBe(0);
  });

  it('gives the imprisonment term range in years with one decimal, and other sentences by type', async () => {
    const store = await storeWith([
      kase('2024-01-10', {
        forwardedToCourtOn: '2024-02-01',
        defendants: [
          imprisoned('2024-03-01', 3, 0),
          imprisoned('2024-03-01', 7, 0),
          imprisoned('2024-03-01', 0, 3), // 0.25 years: half away from zero → 0.3
          man({ convictedOn: '2024-03-01', sentence: { type: 'fine', fineKzt: 500000, on: '2024-03-02' } }),
          man({ convictedOn: '2024-03-01', sentence: { type: 'suspended', years: 2, on: '2024-03-02' } }),
          man({ convictedOn: '2024-03-01' }),
        ],
      }),
    ]);
    const stats = await annualStats(store, { year: Y });
    expect(stats.pipeline).toMatchObject({
      convictedPersons: 6,
      sentencedPersons: 5,
      imprisonedPersons: 3,
      imprisonmentYears: { min: 0.3, max: 7 },
    });
    expect(stats.sentences.byType).toEqual({
      imprisonment: 3,
      restriction: 0,
      suspended: 1,
      fine: 1,
      other: 0,
    });
    expect(stats.sentences.imprisonmentTerms).toEqual([
      { years: 0.3, persons: 1 },
      { years: 3, persons: 1 },
      { years: 7, persons: 1 },
    ]);
    const term = (key: string) =>
      drillDown(store, { year: Y, figure: 'imprisonmentTerm', key, page: 1, pageSize: 10 });
    expect((await term('0.3')).total).toBe(1);
    expect((await term('3')).rows.map((r) => r.sentenceMonths)).toEqual([36]);
    expect((await term('5')).total).toBe(0);
  });

  it('leaves rates empty rather than dividing by zero', async () => {
    const store = await storeWith([kase('2023-04-01', { forwardedToCourtOn: '2024-04-01' })]);
    const stats = await annualStats(store, { year: Y });
    expect(stats.pipeline.registered).toBe(0);
    expect(stats.pipeline.forwardedToCourt).toBe(1);
    expect(stats.pipeline.clearanceRatePct).toBeNull();
    expect(stats.pipeline.imprisonmentYears).toBeNull();
    expect(stats.registeredChangePct).toBe(-100);
    expect(stats.groupCrimePct).toBeNull();
    expect(stats.victims.womenPct).toBeNull();
    expect(stats.offenders.menPct).toBeNull();
  });
});

describe('districts', () => {
  it('lists every district with a case in Y or Y-1, with the change, "new" as null', async () => {
    const store = await storeWith([
      ...['2024-01-05', '2024-02-05'].map((d) => kase(d)),
      ...['2023-01-05', '2023-02-05', '2023-03-05', '2023-04-05'].map((d) => kase(d)),
      kase('2024-06-01', { district: 'Nura' }),
      kase('2023-06-01', { district: 'Yesil' }),
      kase('2022-06-01', { district: 'Saryarka' }),
    ]);
    const stats = await annualStats(store, { year: Y });
    expect(stats.districts).toEqual([
      { district: 'Almaty', registered: 2, previous: 4, changePct: -50 },
      { district: 'Nura', registered: 1, previous: 0, changePct: null },
      { district: 'Yesil', registered: 0, previous: 1, changePct: -100 },
    ]);
  });

  it('counts only the chosen district, named by its file name or any label in any case', async () => {
    const store = await storeWith([
      kase('2024-01-05', { groupCrime: true }),
      kase('2024-02-05', { district: 'Nura', forwardedToCourtOn: '2024-03-01' }),
      kase('2023-02-05', { district: 'Nura' }),
    ]);
    for (const name of ['Nura', 'нура', 'NURA', 'Нұра']) {
      const stats = await annualStats(store, { year: Y, district: name });
      expect(stats.district).toBe('Nura');
      expect(stats.pipeline).toMatchObject({ registered: 1, forwardedToCourt: 1, clearanceRatePct: 100 });
      expect(stats.districts).toEqual([{ district: 'Nura', registered: 1, previous: 1, changePct: 0 }]);
      expect(stats.groupCrimePct).toBe(0);
    }
  });

  it('refuses a district it does not know, naming the known ones', async () => {
    const store = await storeWith([]);
    const error = await annualStats(store, { year: Y, district: 'Atlantis' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).params).toMatchObject({ district: 'Atlantis' });
    expect(String((error as DomainError).params.known)).toContain('Almaty');
  });
});

describe('victims', () => {
  it('bands ages at registration, from a birth date or only a birth year', async () => {
    const store = await storeWith([
      kase('2024-06-14', {
        victims: [
          woman({ birthDate: '2006-06-15' }), // 17 the day before the birthday → under 18
          woman({ birthDate: '2006-06-14' }), // 18 on the birthday
          { sex: 'M', birthYear: 2004 }, // 2024 − 2004 = 20
          woman({ birthDate: '2003-06-14', employment: 'informal' }), // 21
          { sex: 'M', birthDate: '1984-06-15', employment: 'employed' }, // 39
          woman({ birthDate: '1984-06-14', employment: 'informal' }), // 40
          woman({ birthYear: 1965 }), // 59
          { sex: 'M', birthYear: 1964, employment: 'pensioner' }, // 60
          woman(), // unknown
        ],
      }),
      kase('2023-06-14', { victims: [woman({ birthYear: 2000 })] }),
    ]);
    const { victims } = await annualStats(store, { year: Y });
    expect(victims.total).toBe(9);
    expect(victims.womenPct).toBe(66.7);
    expect(victims.ageBands).toEqual({
      under18: 1,
      '18to20': 2,
      '21to39': 2,
      '40to59': 2,
      '60plus': 1,
      unknown: 1,
    });
    expect(victims.employment).toEqual({
      employed: 1,
      unemployed: 0,
      informal: 2,
      student: 0,
      pensioner: 1,
      other: 0,
      unknown: 5,
    });
  });
});

describe('offenders', () => {
  it('counts a person once across cases, each defendant without an id as a person', async () => {
    const store = await storeWith([
      kase('2024-02-01', {
        defendants: [
          man({ personId: 'P-1', birthDate: '1990-01-01', priorConvictions: 2, employment: 'unemployed' }),
          man({ birthDate: '2007-02-01' }), // 17 on the day: in range
          { sex: 'F', birthDate: '1963-02-02', employment: 'employed' }, // 60: in range
        ],
      }),
      // The same person again in a later case: described by the first case, counted once.
      kase('2024-09-01', {
        defendants: [
          man({ personId: 'P-1', birthDate: '1990-01-01', priorConvictions: 0, employment: 'employed' }),
          man({ birthDate: '2007-09-02', priorConvictions: 1 }), // 16: out of range
          man({ birthDate: '1963-08-31' }), // 61: out of range
          man(), // unknown age: out of range
        ],
      }),
      kase('2023-09-01', { defendants: [man({ personId: 'P-9', priorConvictions: 4 })] }),
    ]);
    const { offenders } = await annualStats(store, { year: Y });
    expect(offenders).toEqual({
      total: 6,
      menPct: 83.3,
      age17to60Pct: 50,
      priorConvictionPct: 33.3,
      unemployedPct: 16.7,
    });
    const list = await drillDown(store, {
      year: Y,
      figure: 'offenders',
      key: 'priorConviction',
      page: 1,
      pageSize: 50,
    });
    expect(list.total).toBe(2);
    expect(list.rows.map((r) => r.priorConvictions)).toEqual([2, 1]);
  });
});

describe('group crime, platforms and tactics', () => {
  it('shares of the cases registered in the year, largest first, ties by name', async () => {
    const store = await storeWith([
      kase('2024-01-01', {
        groupCrime: true,
        platforms: ['Telegram', 'Instagram'],
        tactics: ['intimate-images'],
      }),
      kase('2024-02-01', { groupCrime: true, platforms: ['Telegram'] }),
      kase('2024-03-01', { platforms: ['Badoo'], tactics: ['intimate-images', 'data-leak'] }),
      kase('2024-04-01'),
      kase('2023-04-01', { groupCrime: true, platforms: ['Badoo', 'VK'] }),
    ]);
    const stats = await annualStats(store, { year: Y });
    expect(stats.groupCrimePct).toBe(50);
    expect(stats.platforms).toEqual([
      { name: 'Telegram', cases: 2, pct: 50 },
      { name: 'Badoo', cases: 1, pct: 25 },
      { name: 'Instagram', cases: 1, pct: 25 },
    ]);
    expect(stats.tactics).toEqual([
      { name: 'intimate-images', cases: 2, pct: 50 },
      { name: 'data-leak', cases: 1, pct: 25 },
    ]);
  });
});

describe('drill-down lists exactly what a figure counts', () => {
  it('forwarded to court lists the cases forwarded in the year, whatever their registration year', async () => {
    const store = await storeWith([
      kase('2023-12-20', { forwardedToCourtOn: '2024-02-10' }),
      kase('2024-03-01', { forwardedToCourtOn: '2024-04-15' }),
      kase('2024-03-02', { forwardedToCourtOn: '2025-01-15' }),
    ]);
    const page = await drillDown(store, { year: Y, figure: 'forwardedToCourt', page: 1, pageSize: 50 });
    expect(page.kind).toBe('cases');
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => [r.registeredOn, r.eventOn])).toEqual([
      ['2023-12-20', '2024-02-10'],
      ['2024-03-01', '2024-04-15'],
    ]);
  });

  it('pages through victims of an age band', async () => {
    const store = await storeWith([
      kase('2024-01-01', {
        victims: [woman({ birthYear: 2000 }), woman({ birthYear: 1999 }), woman({ birthYear: 1950 })],
      }),
    ]);
    const first = await drillDown(store, {
      year: Y,
      figure: 'victims',
      key: 'age:21to39',
      page: 1,
      pageSize: 1,
    });
    const second = await drillDown(store, {
      year: Y,
      figure: 'victims',
      key: 'age:21to39',
      page: 2,
      pageSize: 1,
    });
    expect(first.total).toBe(2);
    expect([first.rows[0]?.age, second.rows[0]?.age]).toEqual([24, 25]);
  });

  it('refuses a key the figure does not have', async () => {
    const store = await storeWith([]);
    await expect(
      drillDown(store, { year: Y, figure: 'offenders', key: 'left-handed', page: 1, pageSize: 10 }),
    ).rejects.toBeInstanceOf(DomainError);
  });
});

describe('repeated questions', () => {
  it('see every change: by Nadzor, or written to the file by anything else', async () => {
    const path = tempDbPath();
    const store = openSqliteStore(path);
    await seedReferenceData(store);
    await importCases(store, 'test', { format: CASE_FILE_FORMAT, cases: [kase('2024-03-01')] }, 'refuse');
    expect((await annualStats(store, { year: Y })).pipeline.registered).toBe(1);
    expect((await annualStats(store, { year: Y })).pipeline.registered).toBe(1);

    await importCases(store, 'test', { format: CASE_FILE_FORMAT, cases: [kase('2024-04-01')] }, 'refuse');
    expect((await annualStats(store, { year: Y })).pipeline.registered).toBe(2);

    const outside = new Database(path);
    outside.prepare("UPDATE cases SET registered_on = '2023-04-01' WHERE registered_on = '2024-04-01'").run();
    outside.close();
    expect((await annualStats(store, { year: Y })).pipeline.registered).toBe(1);
    await store.close();
  });
});
