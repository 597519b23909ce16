import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../changes';
import type { Store } from '../ports';
import { openPgStore } from './store';
import { usePgDatabase } from './testing/test-database';

/*
 * Announcements of committed writes on real PostgreSQL: one store (one office server) writes, another
 * (a second server, its own connections) listens, as two servers on one database would.
 */

const noLabels = { ru: null, kk: null, en: null };

/** The events a listener heard, and a way to wait for the next one. */
function heard() {
  const events: ChangeEvent[] = [];
  let wake: (() => void) | undefined;
  return {
    events,
    listener: (event: ChangeEvent) => {
      events.push(event);
      wake?.();
    },
    count: async (n: number): Promise<ChangeEvent[]> => {
      while (events.length < n) await new Promise<void>((resolve) => (wake = resolve));
      return events;
    },
  };
}

const addDistrict = (store: Store, name: string) =>
  store.write('olga', (tx) =>
    tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
      w.reference.create('district', name, noLabels, true),
    ),
  );

/** The server processes of this database listening for changes (what a restart would cut). */
async function listeners(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'`,
    );
    return rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}

describe('change announcements on PostgreSQL', () => {
  const database = usePgDatabase();

  it('a committed write is heard by another server; a rolled-back one is not', async () => {
    const writer = await openPgStore(database());
    const reader = await openPgStore(database());
    const { events, listener, count } = heard();
    const stop = await reader.subscribe(listener);
    try {
      await expect(
        writer.write('olga', async (tx) => {
          await tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
            w.reference.create('district', 'Rolled back', noLabels, true),
          );
          throw new Error('refused after the change');
        }),
      ).rejects.toThrow('refused after the change');
      const first = await addDistrict(writer, 'Almaty');
      const second = await addDistrict(writer, 'Astana');
      // The rolled-back entry was never committed, so the committed ones are entries 1 and 2.
      expect(await count(2)).toEqual([
        { entity: 'district', id: String(first), seq: 1 },
        { entity: 'district', id: String(second), seq: 2 },
      ]);
      expect(events).toHaveLength(2);
    } finally {
      stop();
      await writer.close();
      await reader.close();
    }
  });

  it('listens again by itself after its connection is cut (as by a PostgreSQL restart)', async () => {
    const writer = await openPgStore(database());
    const reader = await openPgStore(database());
    const { listener, count } = heard();
    const stop = await reader.subscribe(listener);
    try {
      const [cut] = await listeners(database());
      const admin = new pg.Client({ connectionString: database() });
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend($1)', [cut]);
      await admin.end();
      // Waits for the new LISTEN connection, not for a time.
      for (;;) {
        const now = await listeners(database());
        if (now.length === 1 && now[0] !== cut) break;
      }
      const id = await addDistrict(writer, 'Shymkent');
      expect((await count(1))[0]).toMatchObject({ entity: 'district', id: String(id) });
    } finally {
      stop();
      await writer.close();
      await reader.close();
    }
  });
});
