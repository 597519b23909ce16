import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../changes';
import { openSqliteStore } from './store';

/* One PC: the store announces its own writes once committed, and never one that rolled back. */

const noLabels = { ru: null, kk: null, en: null };

describe('change announcements on SQLite', () => {
  it('a committed write is announced after COMMIT; a rolled-back one never', async () => {
    const store = openSqliteStore(':memory:');
    const heard: ChangeEvent[] = [];
    const stop = await store.subscribe((event) => heard.push(event));
    try {
      await expect(
        store.write('olga', async (tx) => {
          await tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
            w.reference.create('district', 'Rolled back', noLabels, true),
          );
          throw new Error('refused after the change');
        }),
      ).rejects.toThrow('refused after the change');
      expect(heard).toEqual([]);
      const id = await store.write('olga', (tx) =>
        tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
          w.reference.create('district', 'Almaty', noLabels, true),
        ),
      );
      expect(heard).toEqual([{ entity: 'district', id: String(id), seq: 1 }]);
      stop();
      await store.write('olga', (tx) =>
        tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
          w.reference.create('district', 'Astana', noLabels, true),
        ),
      );
      expect(heard).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
