import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { registeredCase } from '../test-support';
import { openPgStore } from './store';
import { usePgDatabase } from './testing/test-database';

const noLabels = { ru: null, kk: null, en: null };

describe('PostgreSQL store', () => {
  const database = usePgDatabase();

  it('records before and after of every applied change, and writes nothing when the transaction fails', async () => {
    const store = await openPgStore(database(), { now: () => new Date('2025-01-02T03:04:05.000Z') });
    try {
      await store.write('ui:anna', (tx) =>
        tx.apply({ entity: 'setting', id: 'ui.language', action: 'settings.language' }, (w) =>
          w.settings.set('ui.language', 'kk'),
        ),
      );
      await expect(
        store.write('ui:anna', async (tx) => {
          await tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
            w.reference.create('district', 'Nura', noLabels, true),
          );
          throw new Error('second step failed');
        }),
      ).rejects.toThrow('second step failed');
      const trail = await store.read((r) => r.audit.forEntity('setting', 'ui.language'));
      expect(trail.map((e) => [e.seq, e.before, e.after, e.at])).toEqual([
        [1, null, { key: 'ui.language', value: 'kk' }, '2025-01-02T03:04:05.000Z'],
      ]);
      expect(await store.read((r) => r.reference.districts())).toEqual([]);
      // The rolled-back write's entry has no place in the chain (as on SQLite); its id, taken from the
      // table's sequence (migration 009), stays unused, where SQLite would give it again.
      const id = await store.write('ui:anna', (tx) =>
        tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
          w.reference.create('district', 'Yesil', noLabels, true),
        ),
      );
      expect(id).toBe(2);
      expect(await store.read((r) => r.audit.latest())).toMatchObject({ seq: 2 });
      await store.write('ui:anna', (tx) =>
        tx.apply({ entity: 'district', id, action: 'district.update' }, (w) =>
          w.reference.update('district', id, { ru: 'Есиль', kk: null, en: null }, true),
        ),
      );
      expect((await store.read((r) => r.reference.districts())).map((d) => d.labels.ru)).toEqual(['Есиль']);
      expect(await store.read((r) => r.audit.verify())).toMatchObject({ ok: true, entries: 3 });
    } finally {
      await store.close();
    }
  });

  it('stores and reads back a case whole, and lists it', async () => {
    const store = await openPgStore(database());
    try {
      const id = await store.write('t', async (tx) => {
        const districtId = await tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
          w.reference.create('district', 'Almaty', noLabels, true),
        );
        const articleId = await tx.apply({ entity: 'article', action: 'article.create' }, (w) =>
          w.reference.create('article', '194', noLabels, true),
        );
        return tx.apply({ entity: 'case', action: 'case.create' }, (w) =>
          w.cases.insertRecord(
            {
              ...registeredCase('2451', '2024-01-03'),
              damageKzt: 150000,
              victims: [{ sex: 'F', birthDate: '1990-05-01', birthYear: null, employment: 'student' }],
            },
            { districtId, articleId, platformIds: [], tacticIds: [] },
          ),
        );
      });
      expect(await store.read((r) => r.cases.record(id))).toMatchObject({
        registryNumber: '2451',
        damageKzt: 150000,
        victims: [{ sex: 'F', birthDate: '1990-05-01', birthYear: null, employment: 'student' }],
      });
      const page = await store.read((r) =>
        r.cases.list({ page: 1, pageSize: 10, sort: 'registeredOn', order: 'asc', search: '451' }),
      );
      expect(page.items.map((c) => [c.registryNumber, c.district, c.article, c.stage])).toEqual([
        ['2451', 'Almaty', '194', 'registered'],
      ]);
      expect(await store.read((r) => r.audit.verify())).toMatchObject({ ok: true });
    } finally {
      await store.close();
    }
  });

  it('answers with its prepared statements after a newer server’s migration adds columns to their tables', async () => {
    // One connection, so the statements run below are prepared on it before the columns are added.
    const store = await openPgStore(database(), { maxConnections: 1 });
    try {
      const at = '2025-01-02T03:04:05.000Z';
      const { userId, caseId, refs } = await store.write('setup', async (tx) => {
        const districtId = await tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
          w.reference.create('district', 'Nura', noLabels, true),
        );
        const articleId = await tx.apply({ entity: 'article', action: 'article.create' }, (w) =>
          w.reference.create('article', '190', noLabels, true),
        );
        const refs = { districtId, articleId, platformIds: [], tacticIds: [] };
        return {
          refs,
          userId: await tx.apply({ entity: 'user', action: 'user.create' }, (w) =>
            w.users.insert({
              login: 'dana',
              fullName: 'Dana',
              role: 'supervisor',
              passwordHash: 'x',
              mustChangePassword: false,
              at,
            }),
          ),
          caseId: await tx.apply({ entity: 'case', action: 'case.create' }, (w) =>
            w.cases.insertRecord(
              { ...registeredCase('2452', '2024-01-03'), article: '190', district: 'Nura' },
              refs,
            ),
          ),
        };
      });
      const sessions = store.sessions!(() => new Date(at));
      const token = await sessions.open(userId);
      /** A call's look-up, a case page's read, and an edit of the case's damage (by 1000). */
      const calls = async () => {
        const user = (await sessions.findWithUser(token, 15))?.user?.login;
        const { version, record } = (await store.read((r) => r.cases.versioned(caseId)))!;
        await store.write('ui:dana', async (tx) => {
          const current = (await tx.cases.versioned(caseId))!;
          const changed = { ...current.record, damageKzt: (current.record.damageKzt ?? 0) + 1000 };
          await tx.apply({ entity: 'case', id: caseId, action: 'case.edit' }, (w) =>
            w.cases.replaceRecord(caseId, changed, refs, current.version),
          );
        });
        return { user, version, damageKzt: record.damageKzt };
      };
      // Past five runs, PostgreSQL keeps each statement's generic plan.
      for (let i = 0; i < 6; i++) await calls();
      const raw = new pg.Client({ connectionString: database() });
      await raw.connect();
      try {
        await raw.query(`ALTER TABLE users ADD COLUMN nickname text;
          ALTER TABLE sessions ADD COLUMN device text; ALTER TABLE cases ADD COLUMN note text`);
      } finally {
        await raw.end();
      }
      expect(await calls()).toEqual({ user: 'dana', version: 7, damageKzt: 6000 });
      expect(await store.read((r) => r.cases.record(caseId))).toMatchObject({ damageKzt: 7000 });
    } finally {
      await store.close();
    }
  });
});

describe('PostgreSQL store without cases', () => {
  const database = usePgDatabase();

  it('lists no case and a total of 0, the whole list and a filtered one', async () => {
    const store = await openPgStore(database());
    try {
      for (const filter of [{}, { year: 2024 }]) {
        expect(
          await store.read((r) =>
            r.cases.list({ page: 1, pageSize: 50, sort: 'registeredOn', order: 'desc', ...filter }),
          ),
        ).toEqual({ items: [], total: 0, page: 1, pageSize: 50 });
      }
    } finally {
      await store.close();
    }
  });
});
