import { describe, expect, it } from 'vitest';
import { openPgStore } from './store';
import { usePgDatabase } from './testing/test-database';

/*
 * A server keeps the reference ids its writes read (KnownReferenceIds): what a write is given must
 * still hold every name it needs as the database has it committed.
 */

const noLabels = { ru: null, kk: null, en: null };

describe('reference ids kept by an office server', () => {
  const database = usePgDatabase();

  it('finds a value another server added after this one kept its ids', async () => {
    const here = await openPgStore(database());
    const there = await openPgStore(database());
    try {
      const create = (store: typeof here, name: string) =>
        store.write('admin', (tx) =>
          tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
            w.reference.create('district', name, noLabels, true),
          ),
        );
      const first = await create(here, 'First');
      const needing = (name: string) =>
        here.write('admin', async (tx) => (await tx.reference.ids('district', [name])).get(name));
      expect(await needing('First')).toBe(first);
      const second = await create(there, 'Second');
      expect(await needing('Second')).toBe(second);
      expect(await needing('First')).toBe(first);
    } finally {
      await here.close();
      await there.close();
    }
  });

  it('keeps no id of a value whose write was rolled back', async () => {
    const store = await openPgStore(database());
    try {
      await expect(
        store.write('admin', async (tx) => {
          await tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
            w.reference.create('district', 'Ghost', noLabels, true),
          );
          // Read inside the write that added it: the value is there, uncommitted.
          expect((await tx.reference.ids('district', ['Ghost'])).has('Ghost')).toBe(true);
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      const after = await store.write('admin', async (tx) => tx.reference.ids('district', ['Ghost']));
      expect(after.has('Ghost')).toBe(false);
    } finally {
      await store.close();
    }
  });
});
