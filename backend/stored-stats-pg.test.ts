import { calendarScope } from './services/stats-scope';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedReferenceData } from './seed-reference';
import { changeCase } from './services/case-write';
import { fillDemo } from './services/demo/fill-demo';
import { importCases } from './services/import-cases';
import { CASE_FILE_FORMAT } from '../shared/domain/case-file';
import type { CaseRecord } from '../shared/domain/case-record';
import type { CaseStats } from '../shared/domain/stats';
import type { StatsDistrict, Store } from '../db/ports';
import { nadzorTypes, rows, type OnSnapshot } from '../db/postgres/sql';
import { oneAtATime } from '../db/postgres/shared-snapshot';
import { pgAnnualStats } from '../db/postgres/stats';
import { storedAnnualStats } from '../db/postgres/stats-results';
import { openPgStore } from '../db/postgres/store';
import { usePgDatabase } from '../db/postgres/testing/test-database';
import { openSqliteStore } from '../db/sqlite/store';
import { registeredCase, tempDbPath } from '../db/test-support';

/*
 * The statistics kept between calls (migration 010) are never older than the data: after each kind of
 * write, the figures the store gives equal the figures computed afresh on the same data, for the
 * written year, the year after it (which compares with it) and the whole region and one district.
 */

const clock = () => new Date('2026-03-02T09:30:00.000Z');
const years = [2023, 2024, 2025];

describe('the stored statistics follow every write', () => {
  const pgDatabase = usePgDatabase();
  let store: Store;
  let raw: pg.Pool;
  let almaty: StatsDistrict;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(clock());
    store = await openPgStore(pgDatabase(), { now: clock });
    raw = new pg.Pool({ connectionString: pgDatabase(), max: 2, types: nadzorTypes });
    await seedReferenceData(store);
    await fillDemo(store, 'test');
    almaty = await store.read(async (r) => ({
      id: (await r.reference.ids('district')).get('Almaty')!,
      name: 'Almaty',
    }));
  });
  afterAll(async () => {
    vi.useRealTimers();
    await raw.end();
    await store.close();
  });

  /** What the store answers, year by year, region then district. */
  const served = () =>
    store.read(async (r) => {
      const all: CaseStats[] = [];
      for (const year of years)
        all.push(
          await r.stats.annual(calendarScope(year, null)),
          await r.stats.annual(calendarScope(year, almaty)),
        );
      return all;
    });
  /** The same figures computed now from the data, nothing stored consulted. */
  const fresh = async () => {
    const all: CaseStats[] = [];
    for (const year of years)
      all.push(
        await pgAnnualStats(raw, calendarScope(year, null)),
        await pgAnnualStats(raw, calendarScope(year, almaty)),
      );
    return all;
  };
  const storedYears = async () =>
    (await rows<{ year: number }>(raw, 'SELECT year FROM stats_results ORDER BY year, district_id')).map(
      (r) => r.year,
    );
  /** A case of `year` with no verdict yet and no monitoring link, by registration date. */
  const caseOf = async (year: number) =>
    (
      await rows<{ id: number }>(
        raw,
        `SELECT c.id FROM cases c WHERE c.registered_on LIKE $1 AND c.forwarded_to_court_on IS NULL
           AND c.closed_on IS NULL ORDER BY c.registered_on, c.id LIMIT 1`,
        [`${year}-%`],
      )
    )[0]!.id;

  /** Reads every year (so each is stored), writes, and checks the store's answer against a fresh one. */
  async function afterWrite(write: () => Promise<unknown>) {
    const before = await served();
    expect(await storedYears()).toEqual([2023, 2023, 2024, 2024, 2025, 2025]);
    await write();
    const after = await served();
    expect(after).toEqual(await fresh());
    // A second call is served the same (from the result the first one stored).
    expect(await served()).toEqual(after);
    return { before, after };
  }

  it('serves the figures it computed, equal to a fresh computation', async () => {
    const first = await served();
    // Every case of 2024: the demo's 52 extortion cases and the 6 beside them (demo/astana-2024.ts).
    expect(first[2]!.pipeline).toMatchObject({ registered: 58, forwardedToCourt: 36 });
    expect(first).toEqual(await fresh());
    expect(await storedYears()).toEqual([2023, 2023, 2024, 2024, 2025, 2025]);
    // A stored result is what the next call gives: one changed by hand behind the store's back shows.
    await raw.query(
      `UPDATE stats_results SET figures = replace(figures, '"registered":58', '"registered":99')`,
    );
    expect((await served())[2]!.pipeline.registered).toBe(99);
    await raw.query('DELETE FROM stats_results');
  });

  it('counts a year on three connections sharing one snapshot, and serves a kept year from one', async () => {
    const countedOn = async (fn: () => Promise<unknown>) => {
      const sent = vi.spyOn(pg.Client.prototype, 'query');
      try {
        await fn();
        const counting = sent.mock.calls
          .map(([statement], i) => ({ statement, client: sent.mock.contexts[i] as pg.Client }))
          .filter(({ statement }) =>
            (typeof statement === 'string' ? statement : (statement as pg.QueryConfig).text).includes(
              'count(',
            ),
          );
        return new Set(counting.map(({ client }) => (client as unknown as { processID: number }).processID));
      } finally {
        sent.mockRestore();
      }
    };
    const annual = () => store.read((r) => r.stats.annual(calendarScope(2024, null)));
    expect((await countedOn(annual)).size).toBe(3);
    expect(await annual()).toEqual(await pgAnnualStats(raw, calendarScope(2024, null)));
    // Kept now: read, not counted.
    expect((await countedOn(annual)).size).toBe(0);
    await raw.query('DELETE FROM stats_results');
  });

  it('after a case moves from 2024 to 2023: both years and 2025 (which compares with 2024)', async () => {
    const id = await caseOf(2024);
    const { before, after } = await afterWrite(() =>
      store.write('ui:test', (tx) =>
        changeCase(tx, id, 'case.update', (c) => ({ ...c, registeredOn: '2023-06-15' }), 'typo'),
      ),
    );
    expect(after[2]!.pipeline.registered).toBe(before[2]!.pipeline.registered - 1);
    expect(after[0]!.pipeline.registered).toBe(before[0]!.pipeline.registered + 1);
    expect(after[4]!.previousYear.registered).toBe(before[4]!.previousYear.registered - 1);
  });

  it('after a defendant is added to a case of 2024', async () => {
    const id = await caseOf(2024);
    const { before, after } = await afterWrite(() =>
      store.write('ui:test', (tx) =>
        changeCase(
          tx,
          id,
          'case.update',
          (c) => ({
            ...c,
            defendants: [
              ...c.defendants,
              {
                personId: null,
                fullName: 'Сериков Даулет',
                sex: 'F',
                birthDate: '1990-04-02',
                employment: 'unemployed',
                priorConvictions: 2,
                convictedOn: null,
                acquittedOn: null,
                sentence: null,
              },
            ],
          }),
          undefined,
        ),
      ),
    );
    expect(after[2]!.offenders.total).toBe(before[2]!.offenders.total + 1);
  });

  it('after a district is renamed on the server', async () => {
    const { after } = await afterWrite(() =>
      raw.query(`UPDATE districts SET name = 'Almaty city' WHERE name = 'Almaty'`),
    );
    expect(after[2]!.districts.map((d) => d.district)).toContain('Almaty city');
    await raw.query(`UPDATE districts SET name = 'Almaty' WHERE name = 'Almaty city'`);
  });

  it('after a change of the register (which no figure counts)', async () => {
    const { before, after } = await afterWrite(() =>
      store.write('ui:test', async (tx) => {
        const person = (await tx.monitoring.record(3))!;
        await tx.apply({ entity: 'person', id: 3, action: 'person.update' }, (w) =>
          w.monitoring.replace(3, { ...person, notes: 'seen again' }, { districtId: null, linkCaseIds: [] }),
        );
      }),
    );
    expect(after).toEqual(before);
  });

  it('after an import of new cases of 2024', async () => {
    const record = await store.read(async (r) => (await r.cases.record(await caseOf(2024)))!);
    const copies: CaseRecord[] = [1, 2, 3].map((n) => ({
      ...record,
      registryNumber: `${record.registryNumber.slice(0, -3)}9${String(n).padStart(2, '0')}`,
    }));
    const { before, after } = await afterWrite(() =>
      importCases(store, 'test', { format: CASE_FILE_FORMAT, cases: copies }, 'refuse'),
    );
    expect(after[2]!.pipeline.registered).toBe(before[2]!.pipeline.registered + 3);
  });

  it('after a verdict date moves from 2024 into 2025', async () => {
    const [found] = await rows<{ id: number }>(
      raw,
      `SELECT case_id AS id FROM defendants WHERE convicted_on LIKE '2024-%'
         AND coalesce(sentenced_on, convicted_on) = convicted_on ORDER BY case_id LIMIT 1`,
    );
    const { before, after } = await afterWrite(() =>
      store.write('ui:test', (tx) =>
        changeCase(
          tx,
          found!.id,
          'case.update',
          (c) => ({
            ...c,
            defendants: c.defendants.map((d) =>
              d.convictedOn?.startsWith('2024-')
                ? {
                    ...d,
                    convictedOn: '2025-01-20',
                    sentence: d.sentence && { ...d.sentence, on: '2025-01-20' },
                  }
                : d,
            ),
          }),
          'typo',
        ),
      ),
    );
    expect(after[2]!.pipeline.convictedPersons).toBeLessThan(before[2]!.pipeline.convictedPersons);
  });

  it('keeps −0 as −0, and on a server that refuses writes serves the figures without keeping them', async () => {
    await raw.query('DELETE FROM stats_results');
    const now: OnSnapshot = (fn) => fn(raw, () => Promise.resolve(raw));
    const computed = await pgAnnualStats(raw, calendarScope(2030, null));
    const withNegativeZero = () => Promise.resolve({ ...computed, registeredChangePct: -0 });
    await storedAnnualStats(now, raw, calendarScope(2030, null), withNegativeZero);
    const kept = await storedAnnualStats(now, raw, calendarScope(2030, null), () =>
      Promise.reject(new Error('not kept')),
    );
    expect(Object.is(kept.registeredChangePct, -0)).toBe(true);

    const readOnly = new pg.Pool({
      connectionString: pgDatabase(),
      max: 1,
      types: nadzorTypes,
      options: '-c default_transaction_read_only=on',
    });
    try {
      const onReadOnly: OnSnapshot = (fn) => fn(readOnly, () => Promise.resolve(readOnly));
      expect(await storedAnnualStats(onReadOnly, readOnly, calendarScope(2024, null), pgAnnualStats)).toEqual(
        await pgAnnualStats(raw, calendarScope(2024, null)),
      );
      expect(await storedYears()).toEqual([2030]);
    } finally {
      await readOnly.end();
    }
  });

  it('does not keep a result computed on a snapshot a write has since changed', async () => {
    // The figures are computed on a snapshot taken before a write commits, and stored after it.
    const id = await caseOf(2024);
    const client = await raw.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      await client.query('SELECT 1');
      await store.write('ui:test', (tx) =>
        changeCase(tx, id, 'case.update', (c) => ({ ...c, registeredOn: '2023-07-01' }), 'typo'),
      );
      const onOldSnapshot: OnSnapshot = (fn) => fn(client, () => Promise.resolve(oneAtATime(client)));
      const old = await storedAnnualStats(onOldSnapshot, raw, calendarScope(2024, null), pgAnnualStats);
      await client.query('COMMIT');
      expect(old.pipeline.registered).toBe(
        (await pgAnnualStats(raw, calendarScope(2024, null))).pipeline.registered + 1,
      );
    } finally {
      client.release();
    }
    const current = await pgAnnualStats(raw, calendarScope(2024, null));
    expect(await store.read((r) => r.stats.annual(calendarScope(2024, null)))).toEqual(current);
  });
});

/** A defendant of the given person (null: a person of their own), sex and prior convictions. */
const defendant = (personId: string | null, sex: 'M' | 'F', priorConvictions: number) => ({
  personId,
  fullName: null,
  sex,
  birthDate: '1990-01-01',
  employment: 'unemployed' as const,
  priorConvictions,
  convictedOn: null,
  acquittedOn: null,
  sentence: null,
});

describe('offenders met in several cases of a year, on both engines', () => {
  const pgDatabase = usePgDatabase();

  it('count each person once, described by their first case, as on SQLite', async () => {
    // P-1 in three cases of 2024 (first as a woman with no prior conviction), twice in one of them;
    // P-2 in two districts; P-3 once in 2024 and once in 2023; the rest persons of their own.
    const at = (n: string, on: string, district: string, defendants: ReturnType<typeof defendant>[]) => ({
      ...registeredCase(`24-REP-${n}`, on),
      district,
      defendants,
    });
    const cases = [
      at('1', '2024-03-01', 'Almaty', [defendant('P-1', 'F', 0), defendant('P-2', 'M', 1)]),
      at('2', '2024-02-01', 'Yesil', [defendant('P-2', 'F', 0), defendant(null, 'M', 2)]),
      at('3', '2024-05-01', 'Almaty', [defendant('P-1', 'M', 3), defendant('P-1', 'M', 1)]),
      at('4', '2024-01-15', 'Almaty', [defendant('P-1', 'F', 0), defendant('P-3', 'M', 0)]),
      at('5', '2023-11-01', 'Almaty', [defendant('P-3', 'F', 2), defendant(null, 'F', 0)]),
    ];
    const fill = async (store: Store) => {
      await seedReferenceData(store);
      await importCases(store, 'test', { format: CASE_FILE_FORMAT, cases }, 'refuse');
      return store.read(async (r) => {
        const ids = await r.reference.ids('district');
        const almaty = { id: ids.get('Almaty')!, name: 'Almaty' };
        return [
          await r.stats.annual(calendarScope(2024, null)),
          await r.stats.annual(calendarScope(2024, almaty)),
          await r.stats.annual(calendarScope(2023, null)),
        ].map((s) => s.offenders);
      });
    };
    const sqlite = openSqliteStore(tempDbPath(), { now: clock });
    const postgres = await openPgStore(pgDatabase(), { now: clock });
    try {
      const expected = await fill(sqlite);
      // Counted by hand: 2024 has P-1, P-2, P-3 and one person of their own (4 persons of 8 rows),
      // first met as: P-1 a woman (2024-01-15), P-2 a woman (2024-02-01), P-3 a man, all three with no
      // prior conviction; the person of their own a man with two.
      expect(expected[0]).toMatchObject({ total: 4, menPct: 50, priorConvictionPct: 25 });
      expect(await fill(postgres)).toEqual(expected);
    } finally {
      await sqlite.close();
      await postgres.close();
    }
  });
});
