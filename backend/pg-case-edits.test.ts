import { describe, expect, it } from 'vitest';
import { openPgStore } from '../db/postgres/store';
import { waitForLockWaiters } from '../db/postgres/testing/lock-waiters';
import { usePgDatabase } from '../db/postgres/testing/test-database';
import { StaleVersion } from '../db/stale-version';
import { registeredCase } from '../db/test-support';
import { seedReferenceData } from './seed-reference';
import { changeCase, resolveRefs } from './services/case-write';
import type { CaseRecord, Defendant } from '../shared/domain/case-record';

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

  it('keeps as each edit’s `after` the case as it is stored, its parties rewritten or not', async () => {
    const store = await openPgStore(database());
    try {
      await seedReferenceData(store);
      const defendant: Defendant = {
        personId: null,
        fullName: 'Аманов Ерлан',
        sex: 'M',
        birthDate: '1988-01-20',
        employment: null,
        priorConvictions: null,
        convictedOn: '2025-03-01',
        acquittedOn: null,
        sentence: null,
      };
      const id = await store.write('setup', async (tx) => {
        const record: CaseRecord = {
          ...registeredCase('245100031000004', '2024-02-11'),
          platforms: ['Telegram'],
          victims: [{ sex: 'F', birthDate: '1990-05-01', birthYear: null, employment: null }],
          defendants: [defendant],
        };
        const refs = await resolveRefs(tx, record);
        return tx.apply({ entity: 'case', action: 'case.create' }, (w) => w.cases.insertRecord(record, refs));
      });
      const edit = (change: (c: CaseRecord) => CaseRecord) =>
        store.write('ui:anna', (tx) => changeCase(tx, id, 'case.edit', change, 'corrected'));
      // Its fields alone (its `after` as the UPDATE returned it, beside the parties its `before` read);
      // its date and district (its parties' copies of them rewritten by the trigger, their ages too);
      // a party (its parties read again).
      await edit((c) => ({ ...c, damageKzt: 1000, stage: 'forwarded', forwardedToCourtOn: '2024-05-01' }));
      await edit((c) => ({ ...c, district: 'Nura', registeredOn: '2023-12-30' }));
      await edit((c) => ({ ...c, defendants: [{ ...defendant, fullName: 'Аманов Ерлан Болатович' }] }));
      const trail = await store.read((r) => r.audit.forEntity('case', String(id)));
      type Snapshot = {
        damage_kzt: number | null;
        registered_on: string;
        defendants: { full_name: string }[];
      };
      expect(
        trail.map((e) => {
          const after = e.after as Snapshot;
          return [after.damage_kzt, after.registered_on, after.defendants.map((d) => d.full_name)];
        }),
      ).toEqual([
        [null, '2024-02-11', ['Аманов Ерлан']],
        [1000, '2024-02-11', ['Аманов Ерлан']],
        [1000, '2023-12-30', ['Аманов Ерлан']],
        [1000, '2023-12-30', ['Аманов Ерлан Болатович']],
      ]);
      // Each edit's `before`, read from the database, is the `after` the edit before it kept…
      for (let i = 1; i < trail.length; i++) expect(trail[i]!.before).toEqual(trail[i - 1]!.after);
      // …and the last one is the case as it is now.
      expect(await store.read((r) => r.audit.verify())).toMatchObject({ ok: true });
    } finally {
      await store.close();
    }
  });
});
