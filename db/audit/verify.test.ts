import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../sqlite/store';
import { registeredCase, tempDbPath } from '../test-support';

async function storeWithOneCase(path: string) {
  const store = openSqliteStore(path, { now: () => new Date('2024-02-11T09:00:00Z') });
  await store.write('tester', async (tx) => {
    const districtId = await tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
      w.reference.create('district', 'Almaty', { ru: null, kk: null, en: null }, true),
    );
    const articleId = await tx.apply({ entity: 'article', action: 'article.create' }, (w) =>
      w.reference.create('article', '194', { ru: null, kk: null, en: null }, true),
    );
    await tx.apply({ entity: 'case', action: 'case.create' }, (w) =>
      w.cases.insertRecord(registeredCase('R-1', '2024-02-11'), {
        districtId,
        articleId,
        platformIds: [],
        tacticIds: [],
      }),
    );
  });
  await store.close();
}

/** Changes the file the way someone with the sqlite3 shell would: around the application. */
function tamper(path: string, sql: string) {
  const db = new Database(path);
  db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
  db.exec(sql);
  db.close();
}

async function verify(path: string) {
  const store = openSqliteStore(path);
  try {
    return await store.read((r) => r.audit.verify());
  } finally {
    await store.close();
  }
}

describe('audit verify', () => {
  it('passes an intact trail and counts its entries', async () => {
    const path = tempDbPath();
    await storeWithOneCase(path);
    expect(await verify(path)).toMatchObject({ ok: true, entries: 3 });
  });

  it('catches a row edited behind the application and names the entity', async () => {
    const path = tempDbPath();
    await storeWithOneCase(path);
    tamper(path, "UPDATE cases SET registered_on = '2024-03-01'");
    expect(await verify(path)).toMatchObject({ ok: false, entity: { type: 'case', id: '1' } });
  });

  it('catches a row inserted or deleted behind the application', async () => {
    const inserted = tempDbPath('a.sqlite');
    await storeWithOneCase(inserted);
    tamper(inserted, "INSERT INTO districts (name) VALUES ('Nura')");
    expect(await verify(inserted)).toMatchObject({ ok: false, entity: { type: 'district', id: '2' } });

    const deleted = tempDbPath('b.sqlite');
    await storeWithOneCase(deleted);
    tamper(deleted, 'DELETE FROM cases');
    const report = await verify(deleted);
    expect(report).toMatchObject({ ok: false, entity: { type: 'case', id: '1' } });
    expect(report.ok ? '' : report.problem).toMatch(/deleted outside Nadzor/);
  });

  it('catches an altered, removed or re-linked audit entry and names it', async () => {
    const altered = tempDbPath('c.sqlite');
    await storeWithOneCase(altered);
    tamper(altered, "UPDATE audit_log SET actor = 'someone else' WHERE seq = 2");
    expect(await verify(altered)).toMatchObject({ ok: false, seq: 2 });

    const removed = tempDbPath('d.sqlite');
    await storeWithOneCase(removed);
    tamper(removed, 'DELETE FROM audit_log WHERE seq = 2');
    expect(await verify(removed)).toMatchObject({ ok: false, seq: 3 });

    const rehashed = tempDbPath('e.sqlite');
    await storeWithOneCase(rehashed);
    // Even an entry re-hashed consistently breaks the link the next entry holds.
    tamper(rehashed, "UPDATE audit_log SET hash = 'f' || substr(hash, 2) WHERE seq = 1");
    expect(await verify(rehashed)).toMatchObject({ ok: false, seq: 1 });
  });
});
