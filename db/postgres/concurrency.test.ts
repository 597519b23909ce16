import { describe, expect, it } from 'vitest';
import type { Store } from '../ports';
import { openPgStore } from './store';
import { waitForLockWaiters } from './testing/lock-waiters';
import { usePgDatabase } from './testing/test-database';

/*
 * Many writers on one PostgreSQL database, each with its own connection pool as separate office
 * servers would have: every write is kept, and the trail stays one chain that verifies.
 */

const noLabels = { ru: null, kk: null, en: null };

describe('concurrent writers on one PostgreSQL database', () => {
  const database = usePgDatabase();

  it('8 servers × 25 writes at once leave 200 entries in one unbroken chain', async () => {
    const servers: Store[] = [];
    for (let i = 0; i < 8; i++) servers.push(await openPgStore(database(), { maxConnections: 3 }));
    try {
      await Promise.all(
        servers.map((store, server) =>
          Promise.all(
            Array.from({ length: 25 }, (_, n) =>
              store.write<string | number>(`server-${server}`, (tx) =>
                n % 2 === 0
                  ? tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
                      w.reference.create('district', `D-${server}-${n}`, noLabels, true),
                    )
                  : tx.apply({ entity: 'setting', id: `s.${server}`, action: 'settings.set' }, (w) =>
                      w.settings.set(`s.${server}`, String(n)),
                    ),
              ),
            ),
          ),
        ),
      );
      const [first] = servers;
      const districts = await first!.read((r) => r.reference.list('district', true));
      expect(districts).toHaveLength(8 * 13);
      expect(new Set(districts.map((d) => d.id)).size).toBe(8 * 13);
      const report = await first!.read((r) => r.audit.verify());
      expect(report).toMatchObject({ ok: true, entries: 200 });
      const trail = await first!.read((r) => r.audit.matching({}, 0, 1000, 1000));
      expect(trail.map((e) => e.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
      // A server's writes of one setting, sent at once, wait for the setting's lock in whichever order
      // their connections reach it (CI once saw 21 after 23): every one is in the trail, and what is
      // stored is what the trail's last write of it says.
      const ofS3 = trail.filter((e) => e.entityType === 'setting' && e.entityId === 's.3');
      expect(ofS3.map((e) => (e.after as { value: string }).value).sort()).toEqual([
        '1',
        '11',
        '13',
        '15',
        '17',
        '19',
        '21',
        '23',
        '3',
        '5',
        '7',
        '9',
      ]);
      expect(await first!.read((r) => r.settings.get('s.3'))).toBe(
        (ofS3.at(-1)!.after as { value: string }).value,
      );
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  });

  it('a second server’s write of another setting does not wait for the first one’s transaction', async () => {
    const a = await openPgStore(database());
    const b = await openPgStore(database());
    try {
      const start = await a.read((r) => r.audit.count());
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let aStarted!: () => void;
      const aInside = new Promise<void>((resolve) => (aStarted = resolve));
      const first = a.write('a', async (tx) => {
        await tx.apply({ entity: 'setting', id: 'left', action: 'settings.set' }, (w) =>
          w.settings.set('left', 'a'),
        );
        aStarted();
        await held;
      });
      await aInside;
      // a's transaction is still open, its row written: b's write of another row commits meanwhile.
      await b.write('b', (tx) =>
        tx.apply({ entity: 'setting', id: 'right', action: 'settings.set' }, (w) =>
          w.settings.set('right', 'b'),
        ),
      );
      release();
      await first;
      const trail = await b.read((r) => r.audit.matching({}, start, start + 10, 10));
      expect(trail.map((e) => [e.seq - start, e.actor, e.entityId])).toEqual([
        [1, 'b', 'right'],
        [2, 'a', 'left'],
      ]);
      expect(await b.read((r) => r.audit.verify())).toMatchObject({ ok: true });
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('a write checking a registry number waits for another write that checked the same number', async () => {
    const a = await openPgStore(database());
    const b = await openPgStore(database());
    try {
      const order: string[] = [];
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let aChecked!: () => void;
      const aInside = new Promise<void>((resolve) => (aChecked = resolve));
      const first = a.write('a', async (tx) => {
        await tx.cases.idByRegistryNumber('241500021000123');
        aChecked();
        await held;
        order.push('a commits');
      });
      await aInside;
      const second = b.write('b', async (tx) => {
        await tx.cases.idByRegistryNumber('241500021000123');
        order.push('b checked');
      });
      // A check of another number does not wait.
      await b.write('b', (tx) => tx.cases.idByRegistryNumber('241500021000999'));
      await waitForLockWaiters(database(), 1);
      release();
      await Promise.all([first, second]);
      expect(order).toEqual(['a commits', 'b checked']);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('a second server’s write of the same setting waits for the first one’s transaction, and follows it in the chain', async () => {
    const a = await openPgStore(database());
    const b = await openPgStore(database());
    try {
      const start = await a.read((r) => r.audit.count());
      const order: string[] = [];
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let aStarted!: () => void;
      const aInside = new Promise<void>((resolve) => (aStarted = resolve));
      const first = a.write('a', async (tx) => {
        await tx.apply({ entity: 'setting', id: 'order', action: 'settings.set' }, (w) =>
          w.settings.set('order', 'a'),
        );
        aStarted();
        await held;
        order.push('a commits');
      });
      await aInside;
      const second = b.write('b', async (tx) => {
        order.push('b inside');
        await tx.apply({ entity: 'setting', id: 'order', action: 'settings.set' }, (w) =>
          w.settings.set('order', 'b'),
        );
      });
      // b's transaction is seen by the server waiting for the setting's lock, which a holds.
      await waitForLockWaiters(database(), 1);
      release();
      await Promise.all([first, second]);
      expect(order).toEqual(['b inside', 'a commits']);
      const trail = await b.read((r) => r.audit.forEntity('setting', 'order'));
      expect(trail.map((e) => [e.seq - start, e.actor, e.before, e.after])).toEqual([
        [1, 'a', null, { key: 'order', value: 'a' }],
        [2, 'b', { key: 'order', value: 'a' }, { key: 'order', value: 'b' }],
      ]);
      expect(await b.read((r) => r.audit.verify())).toMatchObject({ ok: true });
    } finally {
      await a.close();
      await b.close();
    }
  });
});
