import { describe, expect, it } from 'vitest';
import { openPgStore } from '../db/postgres/store';
import { waitForLockWaiters } from '../db/postgres/testing/lock-waiters';
import { usePgDatabase } from '../db/postgres/testing/test-database';
import { StaleVersion } from '../db/stale-version';
import { registeredCase } from '../db/test-support';
import { seedReferenceData } from './seed-reference';
import { changeCase, resolveRefs } from './services/case-write';

/*
 * Edits of cases by two office servers on one PostgreSQL database: an edit takes the trail's write lock
 * only to append its entry (db/postgres/store.ts), so edits of different cases do not wait for each
 * other's whole transaction, and the trail stays one chain.
 */

describe('edits of cases on PostgreSQL', () => {
  const database = usePgDatabase();

  it('two edits of different cases at once both commit, the first one open while the second commits, and the chain verifies', async () => {
    const a = await openPgStore(database());
    const b = await openPgStore(database());
    try {
      await seedReferenceData(a);
      const create = (number: string) =>
        a.write('setup', async (tx) => {
          const record = registeredCase(number, '2024-02-11');
          const refs = await resolveRefs(tx, record);
          return tx.apply({ entity: 'case', action: 'case.create' }, (w) =>
            w.cases.insertRecord(record, refs),
          );
        });
      const left = await create('245100031000001');
      const right = await create('245100031000002');
      const start = await a.read((r) => r.audit.count());
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let aStarted!: () => void;
      const aInside = new Promise<void>((resolve) => (aStarted = resolve));
      const first = a.write('ui:anna', async (tx) => {
        await changeCase(tx, left, 'case.edit', (c) => ({ ...c, damageKzt: 1000 }), undefined, 1);
        aStarted();
        await held;
      });
      await aInside;
      // anna's edit is written but not committed: dana's edit of the other case commits meanwhile.
      await b.write('ui:dana', (tx) =>
        changeCase(tx, right, 'case.edit', (c) => ({ ...c, damageKzt: 2000 }), undefined, 1),
      );
      release();
      await first;
      const trail = await b.read((r) => r.audit.matching({}, start, start + 10, 10));
      expect(trail.map((e) => [e.seq - start, e.actor, e.entityId])).toEqual([
        [1, 'ui:dana', String(right)],
        [2, 'ui:anna', String(left)],
      ]);
      expect(trail.map((e) => (e.after as { damage_kzt: number }).damage_kzt)).toEqual([2000, 1000]);
      expect(await b.read(async (r) => [await r.cases.version(left), await r.cases.version(right)])).toEqual([
        2, 2,
      ]);
      expect(await b.read((r) => r.audit.verify())).toMatchObject({ ok: true, entries: start + 2 });
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('a second edit of the same case waits for the first to commit, then starts from what it left', async () => {
    const a = await openPgStore(database());
    const b = await openPgStore(database());
    try {
      const id = await a.write('setup', async (tx) => {
        const record = registeredCase('245100031000003', '2024-02-11');
        const refs = await resolveRefs(tx, record);
        return tx.apply({ entity: 'case', action: 'case.create' }, (w) => w.cases.insertRecord(record, refs));
      });
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let aStarted!: () => void;
      const aInside = new Promise<void>((resolve) => (aStarted = resolve));
      const first = a.write('ui:anna', async (tx) => {
        await changeCase(tx, id, 'case.edit', (c) => ({ ...c, damageKzt: 1000 }), undefined, 1);
        aStarted();
        await held;
      });
      await aInside;
      // dana's edit carries no version, so only the case's lock keeps it from starting from the case
      // as it was before anna's uncommitted edit (and so undoing it); her stale one is refused.
      const second = b.write('ui:dana', (tx) =>
        changeCase(tx, id, 'case.edit', (c) => ({ ...c, groupCrime: true }), undefined),
      );
      const stale = b.write('ui:dana', (tx) =>
        changeCase(tx, id, 'case.edit', (c) => ({ ...c, damageKzt: 5 }), undefined, 1),
      );
      await waitForLockWaiters(database(), 2);
      release();
      await Promise.all([first, second]);
      await expect(stale).rejects.toBeInstanceOf(StaleVersion);
      expect(await b.read((r) => r.cases.versioned(id))).toMatchObject({
        version: 3,
        record: { damageKzt: 1000, groupCrime: true },
      });
      const trail = await b.read((r) => r.audit.forEntity('case', String(id)));
      expect(trail.map((e) => e.actor)).toEqual(['setup', 'ui:anna', 'ui:dana']);
      expect(trail[2]!.before).toEqual(trail[1]!.after);
      expect(await b.read((r) => r.audit.verify())).toMatchObject({ ok: true });
    } finally {
      await a.close();
      await b.close();
    }
  });
});
