import { describe, expect, it } from 'vitest';
import type { Store } from '../../../db/ports';
import { openSqliteStore } from '../../../db/sqlite/store';
import { tempDbPath } from '../../../db/test-support';
import { CASE_FILE_FORMAT } from '../../../shared/domain/case-file';
import type { CaseRecordInput } from '../../../shared/domain/case-record';
import { iinCheckDigit } from '../../../shared/domain/iin';
import type { MonitoredPersonInput } from '../../../shared/domain/monitoring';
import type { MonitoringStats } from '../../../shared/domain/monitoring-stats';
import type { StatsQuery } from '../../../shared/domain/stats';
import { seedReferenceData } from '../../seed-reference';
import { importCases } from '../import-cases';
import { annualStats, drillDown } from '../stats';

/*
 * Every register figure counted by hand from the persons below (year 2024, the year over unless a
 * test says otherwise). Each person is there for one rule; the comments say which.
 */

const Y = 2024;
const AFTER_THE_YEAR = '2025-03-01';

/** A valid IIN of a man born on the date (1900s), the first serial whose check digit exists. */
function iinOf(birthDate: string, serial: number): string {
  const yymmdd = birthDate.slice(2, 4) + birthDate.slice(5, 7) + birthDate.slice(8, 10);
  for (let s = serial; ; s += 1) {
    const first11 = `${yymmdd}3${String(s).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

const personOf = (
  personId: string,
  birthDate: string,
  rest: Partial<MonitoredPersonInput>,
): MonitoredPersonInput => ({
  personId,
  iin: iinOf(birthDate, Number(personId.slice(2))),
  fullName: `Person ${personId}`,
  birthDate,
  sex: 'M',
  ...rest,
});

const caseOf = (registryNumber: string, registeredOn: string, rest: Partial<CaseRecordInput> = {}) => ({
  registryNumber,
  article: '194',
  district: 'Almaty',
  registeredOn,
  ...rest,
});

const attended = (...days: string[]) => days.map((on) => ({ on, type: 'attended' as const }));

// A: in force across both year ends, two check-ins a month; re-offended in the year after it began.
const A = personOf('M-000001', '1980-03-15', {
  district: 'Almaty',
  periods: [
    {
      type: 'probation',
      start: '2023-06-01',
      end: '2025-06-30',
      checkInsPerMonth: 2,
      events: [
        // December of the year before: neither its check-ins nor its violation count in 2024.
        ...attended('2023-12-10'),
        { on: '2023-11-01', type: 'violation' },
        ...attended('2024-01-10', '2024-01-25', '2024-02-14'),
        { on: '2024-03-05', type: 'violation' },
        { on: '2024-03-06', type: 'warning' },
        // The year after: not counted either.
        { on: '2025-01-10', type: 'warning' },
      ],
    },
  ],
  caseLinks: [{ registryNumber: 'A-2024-05', status: 'confirmed' }],
});

// B: a period begun in April; one case confirmed in the year but registered before the period began,
// one confirmed the year before.
const B = personOf('M-000002', '1985-07-01', {
  district: 'Yesil',
  periods: [
    {
      type: 'administrative',
      start: '2024-04-10',
      checkInsPerMonth: 1,
      events: attended('2024-04-20', '2024-05-15'),
    },
  ],
  caseLinks: [
    { registryNumber: 'B-2024-02', status: 'confirmed' },
    { registryNumber: 'B-2023-08', status: 'confirmed' },
  ],
});

// C: supervision ended before the year; a defendant of 2024 has C's IIN, not yet decided on.
const C = personOf('M-000003', '1979-11-30', {
  district: 'Almaty',
  periods: [
    {
      type: 'parole',
      start: '2022-01-01',
      end: '2023-10-31',
      checkInsPerMonth: 1,
      events: attended('2023-05-05'),
    },
  ],
});

// D: two short periods in the year, without check-ins: two new periods of one person.
const D = personOf('M-000004', '1990-01-05', {
  district: 'Nura',
  periods: [
    {
      type: 'prosecutorWatch',
      start: '2024-01-01',
      end: '2024-06-30',
      events: [{ on: '2024-02-01', type: 'warning' }],
    },
    {
      type: 'prosecutorWatch',
      start: '2024-09-01',
      end: '2024-10-31',
      events: [{ on: '2024-09-15', type: 'violation' }],
    },
  ],
});

// E: never supervised; a defendant with E's IIN was decided not to be E (a typing error).
const E = personOf('M-000005', '1975-05-20', { district: 'Almaty' });

const cases = [
  caseOf('A-2024-05', '2024-05-01', { district: 'Yesil' }),
  caseOf('B-2024-02', '2024-02-01'),
  caseOf('B-2023-08', '2023-08-01'),
  caseOf('C-2024-07', '2024-07-01', { defendants: [{ sex: 'M', fullName: 'C', iin: C.iin }] }),
  caseOf('E-2024-03', '2024-03-01', { defendants: [{ sex: 'M', fullName: 'E', iin: E.iin }] }),
];
const register = [A, B, C, D, { ...E, caseLinks: [{ registryNumber: 'E-2024-03', status: 'rejected' }] }];

async function storeWith(monitoring: unknown[], fileCases: unknown[] = cases): Promise<Store> {
  const store = openSqliteStore(tempDbPath());
  await seedReferenceData(store);
  await importCases(store, 'test', { format: CASE_FILE_FORMAT, cases: fileCases, monitoring }, 'refuse');
  return store;
}

const figures = (store: Store, query: StatsQuery, today = AFTER_THE_YEAR) =>
  annualStats(store, query, today).then((s) => s.monitoring);

/** Every figure's list, as the Reports screen opens it, holds exactly what the figure counts. */
async function expectListsMatch(store: Store, query: StatsQuery, today = AFTER_THE_YEAR) {
  const m = await figures(store, query, today);
  const list = (key: string) =>
    drillDown(store, { ...query, figure: 'monitoredPersons', key, page: 1, pageSize: 500 }, today);
  const persons: [string, number][] = [
    ['monitored', m.personsMonitored],
    ['atYearEnd', m.underMonitoringAtYearEnd],
    ['reoffended', m.reoffendedPersons],
    ['reoffenceFailures', m.reoffenceRate.reoffended],
    ['amongOffenders', m.offendersOnRegister],
  ];
  for (const [key, figure] of persons) {
    const page = await list(key);
    expect(page.kind, key).toBe('monitoredPersons');
    expect(page.total, key).toBe(figure);
    expect(page.rows, key).toHaveLength(figure);
  }
  const counted: [string, number][] = [
    ['newPeriods', m.newPeriods],
    ['missedCheckIns', m.checkIns.expected - m.checkIns.attended],
    ['violations', m.violations],
    ['warnings', m.warnings],
  ];
  for (const [key, figure] of counted) {
    const page = await list(key);
    expect(
      page.rows.reduce((n, row) => n + (row.count ?? 0), 0),
      key,
    ).toBe(figure);
    for (const row of page.rows) expect(row.count, key).toBeGreaterThan(0);
  }
  expect(m.reoffenceRate.cohort).toBe(m.personsMonitored);
}

const names = (page: { rows: { personId: string }[] }) => page.rows.map((r) => r.personId);

describe('the register’s figures for a year', () => {
  it('count each figure by its own dates, for the whole city', async () => {
    const store = await storeWith(register);
    const m = await figures(store, { year: Y });
    const expected: Omit<MonitoringStats, 'reoffenceRate'> = {
      asOf: '2024-12-31',
      personsMonitored: 3, // A, B, D (C ended in 2023, E never began)
      underMonitoringAtYearEnd: 2, // A, B
      newPeriods: 3, // B's, D's two
      // A: 2 a month all year (24), attended 2 in January and 1 in February; B: April 30 to
      // December 31 (9), attended April and May. December 2023 is left out.
      checkIns: { expected: 33, attended: 5, compliancePct: 15.2 },
      violations: 2, // A in March, D in September
      warnings: 2, // A in March, D in February
      reoffendedPersons: 2, // A, B (C only matches, pending)
      offendersOnRegister: 3, // A, B confirmed; C by the same IIN; E's IIN match was rejected
    };
    expect(m).toMatchObject(expected);
    // B's case was registered before B's period began: a re-offender, but not a failure of the cohort.
    expect(m.reoffenceRate).toMatchObject({ cohort: 3, reoffended: 1, pct: 33.3 });
    expect(m.reoffenceRate.definition).toMatchObject({
      start: 'supervisionInForceDuringYear',
      failure: 'confirmedCaseRegisteredAfterPeriodStart',
      window: 'calendarYear',
    });
    await expectListsMatch(store, { year: Y });
    await store.close();
  });

  it('list the persons behind each figure, with their counts and cases', async () => {
    const store = await storeWith(register);
    const list = (key: string) =>
      drillDown(store, { year: Y, figure: 'monitoredPersons', key, page: 1, pageSize: 50 }, AFTER_THE_YEAR);
    expect(names(await list('monitored'))).toEqual(['M-000001', 'M-000002', 'M-000004']);
    const periods = await list('newPeriods');
    expect(periods.rows.map((r) => [r.personId, r.count])).toEqual([
      ['M-000002', 1],
      ['M-000004', 2],
    ]);
    // The compliance share's other side: A missed 21 of 24, B 7 of 9 (33 due, 5 attended).
    expect((await list('missedCheckIns')).rows.map((r) => [r.personId, r.count])).toEqual([
      ['M-000001', 21],
      ['M-000002', 7],
    ]);
    expect(periods.rows[1]?.period).toEqual({
      type: 'prosecutorWatch',
      start: '2024-09-01',
      end: '2024-10-31',
    });
    const reoffended = await list('reoffended');
    expect(reoffended.rows.map((r) => [r.personId, r.cases.map((c) => c.registryNumber)])).toEqual([
      ['M-000001', ['A-2024-05']],
      ['M-000002', ['B-2024-02']],
    ]);
    expect(names(await list('reoffenceFailures'))).toEqual(['M-000001']);
    const offenders = await list('amongOffenders');
    expect(offenders.rows.map((r) => [r.personId, r.cases.map((c) => c.registryNumber)])).toEqual([
      ['M-000001', ['A-2024-05']],
      ['M-000002', ['B-2024-02']],
      ['M-000003', ['C-2024-07']],
    ]);
    expect(offenders.rows[2]?.period).toBeNull();
    const paged = await drillDown(
      store,
      { year: Y, figure: 'monitoredPersons', key: 'monitored', page: 2, pageSize: 2 },
      AFTER_THE_YEAR,
    );
    expect(paged.total).toBe(3);
    expect(names(paged)).toEqual(['M-000004']);
    await expect(
      drillDown(store, { year: Y, figure: 'monitoredPersons', key: 'everyone', page: 1, pageSize: 50 }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await store.close();
  });

  it('with a district, count the persons living there, and offenders by the case’s district', async () => {
    const store = await storeWith(register);
    const m = await figures(store, { year: Y, district: 'Almaty' });
    expect(m).toMatchObject({
      personsMonitored: 1, // A (C lives there too, but was not supervised in 2024)
      underMonitoringAtYearEnd: 1,
      newPeriods: 0,
      checkIns: { expected: 24, attended: 3, compliancePct: 12.5 },
      violations: 1,
      warnings: 1,
      // A's case was registered in Yesil, but A lives in Almaty.
      reoffendedPersons: 1,
      // Cases registered in Almaty: B's (B lives in Yesil) and C's.
      offendersOnRegister: 2,
    });
    expect(m.reoffenceRate).toMatchObject({ cohort: 1, reoffended: 1, pct: 100 });
    await expectListsMatch(store, { year: Y, district: 'Almaty' });
    await expectListsMatch(store, { year: Y, district: 'Нура' });
    expect((await figures(store, { year: Y, district: 'Nura' })).newPeriods).toBe(2);
    await store.close();
  });

  it('for a quarter, count the quarter’s days: persons in force in it, check-ins due in it, events in it', async () => {
    const store = await storeWith(register);
    const third = { year: Y, period: { from: '2024-07-01', to: '2024-09-30' } };
    const m = await figures(store, third);
    expect(m).toMatchObject({
      asOf: '2024-09-30',
      personsMonitored: 3, // A, B, and D's second period (from 1 September)
      underMonitoringAtYearEnd: 3, // all three in force on 30 September
      newPeriods: 1, // D's second
      // A: 2 a month × 3 months, B: 1 a month × 3, none attended in the quarter.
      checkIns: { expected: 9, attended: 0, compliancePct: 0 },
      violations: 1, // D on 15 September
      warnings: 0,
      reoffendedPersons: 0, // A's and B's cases were registered in May and February
      offendersOnRegister: 1, // C, by the IIN of a defendant of a case of 1 July
    });
    expect(m.reoffenceRate).toMatchObject({ cohort: 3, reoffended: 0, pct: 0 });
    expect(m.reoffenceRate.definition).toMatchObject({
      start: 'supervisionInForceDuringReviewPeriod',
      window: 'reviewPeriod',
    });
    await expectListsMatch(store, third);
    const second = { year: Y, period: { from: '2024-04-01', to: '2024-06-30' } };
    expect(await figures(store, second)).toMatchObject({
      personsMonitored: 3, // A, B, D's first period
      newPeriods: 1, // B's, from 10 April
      // A: 6; B: 30 April, 31 May, 30 June, attended April and May.
      checkIns: { expected: 9, attended: 2, compliancePct: 22.2 },
      violations: 0,
      reoffendedPersons: 1, // A's case of 1 May
      offendersOnRegister: 1, // A
    });
    await expectListsMatch(store, second);
    await store.close();
  });

  it('in a running year, count up to today: check-ins not yet due are not expected', async () => {
    const store = await storeWith(register);
    const today = '2024-06-15';
    const m = await figures(store, { year: Y }, today);
    expect(m).toMatchObject({
      asOf: today,
      personsMonitored: 3,
      // D's first period is still in force on the 15th of June.
      underMonitoringAtYearEnd: 3,
      // D's second period has not begun.
      newPeriods: 2,
      // A: January to May (10) and the one due on June 15; B: April 30 and May 31 (June 30 is ahead).
      checkIns: { expected: 13, attended: 5, compliancePct: 38.5 },
      violations: 1,
      warnings: 2,
      reoffendedPersons: 2,
    });
    await expectListsMatch(store, { year: Y }, today);
    // A year that has not begun counts nothing, not even the persons supervised today.
    const next = await figures(store, { year: Y + 1 }, today);
    expect(next).toMatchObject({ personsMonitored: 0, underMonitoringAtYearEnd: 0, newPeriods: 0 });
    await expectListsMatch(store, { year: Y + 1 }, today);
    await store.close();
  });

  it('round compliance half away from zero, and give no share of nothing', async () => {
    // 1 of 16 check-ins attended: 6.25 % is printed 6.3 %.
    const sixteen = personOf('M-000006', '1982-02-02', {
      periods: [
        {
          type: 'probation',
          start: '2024-01-01',
          end: '2024-08-31',
          checkInsPerMonth: 2,
          events: attended('2024-03-01'),
        },
      ],
    });
    const store = await storeWith([sixteen], []);
    expect((await figures(store, { year: Y })).checkIns).toEqual({
      expected: 16,
      attended: 1,
      compliancePct: 6.3,
    });
    const empty = await figures(store, { year: 2021 });
    expect(empty).toMatchObject({
      personsMonitored: 0,
      checkIns: { expected: 0, attended: 0, compliancePct: null },
      reoffendedPersons: 0,
      offendersOnRegister: 0,
      reoffenceRate: { cohort: 0, reoffended: 0, pct: null },
    });
    await expectListsMatch(store, { year: 2021 });
    await store.close();
  });
});
