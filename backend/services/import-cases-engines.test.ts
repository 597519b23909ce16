import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Store } from '../../db/ports';
import { openPgStore } from '../../db/postgres/store';
import { usePgDatabase } from '../../db/postgres/testing/test-database';
import { openSqliteStore } from '../../db/sqlite/store';
import { tempDbPath } from '../../db/test-support';
import { CASE_FILE_FORMAT } from '../../shared/domain/case-file';
import type { CaseRecord } from '../../shared/domain/case-record';
import { seedReferenceData } from '../seed-reference';
import { generateDemoCases } from './demo/generate';
import { importCases } from './import-cases';

/*
 * An import of hundreds of cases, updates of existing ones among runs of new ones (import-cases.ts writes
 * each run in batches), leaves the same cases and trail on SQLite and PostgreSQL, as the cases written one
 * by one did, and on PostgreSQL takes a few statements per run rather than about fifteen per case.
 */

const clock = () => new Date('2026-03-02T09:30:00.000Z');

/** Demo cases of several seeds, each registry number once: several hundred cases. */
function manyCases(): CaseRecord[] {
  const seen = new Set<string>();
  return [1, 2, 3].flatMap((seed) =>
    generateDemoCases(seed).filter((c) => !seen.has(c.registryNumber) && seen.add(c.registryNumber)),
  );
}

const file = (cases: CaseRecord[]) => ({ format: CASE_FILE_FORMAT, cases });

const first = (cases: CaseRecord[]) => cases.filter((_, i) => i % 100 === 50);

/** A case in a hundred, then all of them: the second import updates those between runs of new ones. */
async function importTwice(
  store: Store,
  cases: CaseRecord[],
  counting: <T>(run: () => Promise<T>) => Promise<T> = (run) => run(),
) {
  await seedReferenceData(store);
  await importCases(store, 'test', file(first(cases)), 'refuse');
  return counting(() => importCases(store, 'test', file(cases), 'update'));
}

/** The entries the reference data's seeding appended, before the imports. */
const seeded = (entries: { action: string }[]) =>
  entries.filter((e) => !e.action.startsWith('case.') && !e.action.startsWith('import.')).length;

const trail = (store: Store) =>
  store.read(async (r) => ({
    entries: (await r.audit.list({}, 0, 10_000)).entries,
    head: await r.audit.latest(),
    verify: await r.audit.verify(),
  }));

describe('a large import on both engines', () => {
  const pgDatabase = usePgDatabase();
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(clock());
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('writes the same cases and the same trail, in a few statements per run of new cases on PostgreSQL', async () => {
    const cases = manyCases();
    const sqlite = openSqliteStore(tempDbPath(), { now: clock });
    const postgres = await openPgStore(pgDatabase(), { now: clock });
    try {
      const summary = await importTwice(sqlite, cases);
      const updated = first(cases).length;
      expect(cases.length).toBeGreaterThan(500);
      expect(summary).toMatchObject({ created: cases.length - updated, updated, skipped: 0 });
      let statements = 0;
      const counted = await importTwice(postgres, cases, async (run) => {
        const spy = vi.spyOn(pg.Client.prototype, 'query');
        try {
          return await run();
        } finally {
          statements = spy.mock.calls.length;
          spy.mockRestore();
        }
      });
      expect(counted).toEqual(summary);
      // Written one by one, each new case took about fifteen statements (thousands here); in batches,
      // only each update (a dozen statements) and each run of new cases between them (a dozen) count.
      expect(statements).toBeLessThan(cases.length / 3);
      const expected = await trail(sqlite);
      expect(expected.verify).toMatchObject({ ok: true });
      expect(expected.entries).toHaveLength(seeded(expected.entries) + 2 + updated + cases.length);
      expect(await trail(postgres)).toEqual(expected);
    } finally {
      await sqlite.close();
      await postgres.close();
    }
  });
});
