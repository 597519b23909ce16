import fc from 'fast-check';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashEntry, headerOf, type AuditRow } from '../audit/chain';
import { appendPgEntries } from './audit';
import { nadzorTypes } from './sql';
import { openPgStore } from './store';
import { usePgDatabase } from './testing/test-database';

/*
 * PostgreSQL seals a write's first entries itself (nadzor_append_entries, migration 014): their hashes
 * must be the ones the application computes (hashEntry), whatever the text, so `audit verify` and a
 * trail copied from SQLite agree with them.
 */

async function trail(url: string): Promise<AuditRow[]> {
  const client = new pg.Client({ connectionString: url, types: nadzorTypes });
  await client.connect();
  try {
    return (await client.query<AuditRow>('SELECT * FROM audit_log ORDER BY seq')).rows;
  } finally {
    await client.end();
  }
}

function expectChained(rows: AuditRow[]) {
  rows.forEach((row, i) => {
    expect(row.seq).toBe(i + 1);
    expect(row.prev_hash).toBe(i === 0 ? GENESIS_HASH : rows[i - 1]!.hash);
    expect(row.hash).toBe(hashEntry(headerOf(row), row.before_json, row.after_json));
  });
}

describe('entries sealed by PostgreSQL', () => {
  const database = usePgDatabase();

  it('hash as the application hashes them, several in one write and the first after the genesis', async () => {
    const store = await openPgStore(database());
    try {
      const odd = [
        'Қарағанды «Ахметов» \\ "кавычки"',
        'emoji 🧾 and \u2028 separator',
        "x'); DROP TABLE cases; --",
        "\\' E'\\\\' $$ $1 ::text[]",
      ];
      await store.write('Әлия 🙂', (tx) =>
        tx.applyEach(
          odd.map((_, i) => ({
            entity: 'setting' as const,
            id: `odd.${i}`,
            action: 'settings.set',
            reason: i === 1 ? undefined : odd[i]!,
          })),
          async (w) => {
            for (const [i, value] of odd.entries()) await w.settings.set(`odd.${i}`, value);
            return odd.map((_, i) => `odd.${i}`);
          },
        ),
      );
      await store.write('second', (tx) =>
        tx.apply({ entity: 'setting', id: 'odd.0', action: 'settings.set' }, (w) =>
          w.settings.set('odd.0', 'changed'),
        ),
      );
      const rows = await trail(database());
      expect(rows.map((r) => [r.actor, r.entity_id])).toEqual([
        ['Әлия 🙂', 'odd.0'],
        ['Әлия 🙂', 'odd.1'],
        ['Әлия 🙂', 'odd.2'],
        ['Әлия 🙂', 'odd.3'],
        ['second', 'odd.0'],
      ]);
      // Stored as written, each through an escaped literal of the append's one message.
      for (const [i, value] of odd.entries())
        expect(JSON.parse(rows[i]!.after_json!)).toMatchObject({ value });
      expect(rows.map((r) => r.reason)).toEqual([odd[0], null, odd[2], odd[3], null]);
      expect(rows[1]!.reason).toBeNull();
      expectChained(rows);
      expect(await store.read((r) => r.audit.verify())).toMatchObject({ ok: true, entries: 5 });
    } finally {
      await store.close();
    }
  });

  it('hash any text as the application does', async () => {
    const store = await openPgStore(database());
    try {
      const text = fc
        .string({ unit: 'binary', minLength: 1, maxLength: 30 })
        .filter((s) => !s.includes('\0'));
      await fc.assert(
        fc.asyncProperty(text, text, fc.option(text, { nil: undefined }), async (actor, value, reason) => {
          await store.write(actor, (tx) =>
            tx.apply({ entity: 'setting', id: 'any', action: 'settings.set', reason }, (w) =>
              w.settings.set('any', value),
            ),
          );
        }),
        { numRuns: 25 },
      );
      const rows = await trail(database());
      // After the first test's five.
      expect(rows).toHaveLength(5 + 25);
      expectChained(rows);
      expect(await store.read((r) => r.audit.verify())).toMatchObject({ ok: true });
    } finally {
      await store.close();
    }
  });
});

describe('the head of the trail', () => {
  const database = usePgDatabase();

  it('is read by its index, even on a connection that first appended when the trail was small', async () => {
    const store = await openPgStore(database());
    try {
      await store.write('tester', (tx) =>
        tx.apply({ entity: 'setting', id: 'head', action: 'settings.set' }, (w) =>
          w.settings.set('head', 'first'),
        ),
      );
    } finally {
      await store.close();
    }
    const client = new pg.Client({ connectionString: database(), types: nadzorTypes });
    await client.connect();
    try {
      // The planner now believes the trail holds one entry: reading it all and sorting it looks cheaper
      // than the index, and PL/pgSQL keeps the plan it makes at this connection's first append.
      await client.query('ANALYZE audit_log');
      const wholeTrailReads = async () => {
        // The session's counters reach pg_stat_user_tables when a transaction ends with this asked.
        await client.query('SELECT pg_stat_force_next_flush()');
        const { rows } = await client.query<{ seq_scan: string }>(
          "SELECT seq_scan FROM pg_stat_user_tables WHERE relname = 'audit_log'",
        );
        return Number(rows[0]!.seq_scan);
      };
      const before = await wholeTrailReads();
      for (const value of ['one', 'two', 'three']) {
        await client.query('BEGIN');
        await appendPgEntries(client, [
          {
            at: '2026-12-06T10:00:00.000Z',
            actor: 'tester',
            action: 'settings.set',
            entityType: 'setting',
            entityId: 'head',
            before: null,
            after: { key: 'head', value },
            reason: null,
          },
        ]);
        await client.query('COMMIT');
      }
      expect(await wholeTrailReads()).toBe(before);
      const rows = await trail(database());
      expect(rows).toHaveLength(1 + 3);
      expectChained(rows);
    } finally {
      await client.end();
    }
  });
});
