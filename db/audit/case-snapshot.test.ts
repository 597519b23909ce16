import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../sqlite/store';
import { registeredCase, tempDbPath } from '../test-support';

describe('case snapshots in the audit trail', () => {
  it('leave out the copies kept for the statistics, so trails written before them still verify', async () => {
    const store = openSqliteStore(tempDbPath());
    await store.write('tester', async (tx) => {
      const districtId = await tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
        w.reference.create('district', 'Almaty', { ru: null, kk: null, en: null }, true),
      );
      const articleId = await tx.apply({ entity: 'article', action: 'article.create' }, (w) =>
        w.reference.create('article', '194', { ru: null, kk: null, en: null }, true),
      );
      const record = {
        ...registeredCase('R-1', '2024-02-11'),
        victims: [{ sex: 'F' as const, birthDate: '1990-01-01', birthYear: null, employment: null }],
      };
      await tx.apply({ entity: 'case', action: 'case.create' }, (w) =>
        w.cases.insertRecord(record, { districtId, articleId, platformIds: [], tacticIds: [] }),
      );
    });
    const [entry] = await store.read((r) => r.audit.forEntity('case', '1'));
    const after = JSON.stringify(entry?.after);
    expect(after).toContain('"birth_date":"1990-01-01"');
    for (const column of ['case_registered_on', 'case_district_id', '"age"'])
      expect(after).not.toContain(column);
    expect(await store.read((r) => r.audit.verify())).toMatchObject({ ok: true });
    await store.close();
  });
});
