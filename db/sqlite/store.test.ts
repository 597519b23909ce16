import { describe, expect, it } from 'vitest';
import { openSqliteStore } from './store';
import { registeredCase, tempDbPath } from '../test-support';

const noLabels = { ru: null, kk: null, en: null };

describe('sqlite store', () => {
  it('records before and after of every applied change, with actor, time and reason', async () => {
    const store = openSqliteStore(tempDbPath(), { now: () => new Date('2025-01-02T03:04:05.000Z') });
    await store.write('ui:anna', (tx) =>
      tx.apply({ entity: 'setting', id: 'ui.language', action: 'settings.language' }, (w) =>
        w.settings.set('ui.language', 'kk'),
      ),
    );
    await store.write('ui:anna', (tx) =>
      tx.apply({ entity: 'setting', id: 'ui.language', action: 'settings.language', reason: 'typo' }, (w) =>
        w.settings.set('ui.language', 'en'),
      ),
    );
    const trail = await store.read((r) => r.audit.forEntity('setting', 'ui.language'));
    expect(trail.map((e) => [e.before, e.after, e.reason])).toEqual([
      [null, { key: 'ui.language', value: 'kk' }, null],
      [{ key: 'ui.language', value: 'kk' }, { key: 'ui.language', value: 'en' }, 'typo'],
    ]);
    expect(trail[1]).toMatchObject({
      actor: 'ui:anna',
      at: '2025-01-02T03:04:05.000Z',
      prevHash: trail[0]!.hash,
    });
    await store.close();
  });

  it('writes nothing, not even an audit entry, when anything in the transaction fails', async () => {
    const store = openSqliteStore(tempDbPath());
    await expect(
      store.write('ui:anna', async (tx) => {
        await tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
          w.reference.create('district', 'Nura', noLabels, true),
        );
        throw new Error('second step failed');
      }),
    ).rejects.toThrow('second step failed');
    expect(await store.read((r) => r.reference.districts())).toEqual([]);
    expect(await store.read((r) => r.audit.count())).toBe(0);
    await store.close();
  });

  it('runs concurrent writes one after another, and readers see only committed data', async () => {
    const store = openSqliteStore(tempDbPath());
    let seenDuringWrite: number | undefined;
    const slow = store.write('a', async (tx) => {
      await tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
        w.reference.create('district', 'Yesil', noLabels, true),
      );
      seenDuringWrite = (await store.read((r) => r.reference.districts())).length;
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    const fast = store.write('b', (tx) =>
      tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
        w.reference.create('district', 'Saryarka', noLabels, true),
      ),
    );
    await Promise.all([slow, fast]);
    expect(seenDuringWrite).toBe(0);
    const trail = await store.read((r) => r.audit.verify());
    expect(trail).toMatchObject({ ok: true, entries: 2 });
    await store.close();
  });

  it('lists cases with paging, prefix search and a whitelisted sort', async () => {
    const store = openSqliteStore(tempDbPath());
    await store.write('t', async (tx) => {
      const districtId = await tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
        w.reference.create('district', 'Almaty', noLabels, true),
      );
      const articleId = await tx.apply({ entity: 'article', action: 'article.create' }, (w) =>
        w.reference.create('article', '194', noLabels, true),
      );
      for (const [n, date] of [
        ['2451', '2024-01-03'],
        ['2452', '2024-01-01'],
        ['9990', '2024-01-02'],
      ] as const) {
        await tx.apply({ entity: 'case', action: 'case.create' }, (w) =>
          w.cases.insertRecord(registeredCase(n, date), {
            districtId,
            articleId,
            platformIds: [],
            tacticIds: [],
          }),
        );
      }
    });
    const page = await store.read((r) =>
      r.cases.list({ page: 1, pageSize: 2, sort: 'registeredOn', order: 'asc' }),
    );
    expect(page.total).toBe(3);
    expect(page.items.map((c) => c.registryNumber)).toEqual(['2452', '9990']);
    const found = await store.read((r) =>
      r.cases.list({ page: 1, pageSize: 10, search: '245', sort: 'registryNumber', order: 'desc' }),
    );
    expect(found.items.map((c) => c.registryNumber)).toEqual(['2452', '2451']);
    expect(found.items[0]).toMatchObject({ district: 'Almaty', article: '194', stage: 'registered' });
    await store.close();
  });
});
