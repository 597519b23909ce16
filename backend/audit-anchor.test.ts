import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReferenceData } from './seed-reference';
import { hashEntry, headerOf, type AuditRow } from '../db/audit/chain';
import type { TrailAnchor, VerifyReport } from '../db/audit/types';
import { verifyAuditTrail } from '../db/audit/verify';
import type { Store } from '../db/ports';
import { verifyPgTrail } from '../db/postgres/audit';
import { openPgStore } from '../db/postgres/store';
import { nadzorTypes } from '../db/postgres/sql';
import { usePgDatabase } from '../db/postgres/testing/test-database';
import { openSqliteStore } from '../db/sqlite/store';
import { tempDbPath } from '../db/test-support';

/*
 * `audit verify --anchor` on both engines: a head printed earlier (entry 21 of the 22 the reference
 * data's seed writes: 21 is `tactic.create` of tactic 6, 22 the seed's mark `seed.reference.v1`) still
 * holds on the intact trail; a trail rewritten from entry 10 on with every later hash recomputed, or cut
 * back with the effects of its last entries undone, passes the plain check but not the anchor's.
 * Each tampering runs in a transaction, checked there and rolled back.
 */

const ANCHOR_SEQ = 21;

/** The engine's way to run one tampering and verify inside it. */
interface Engine {
  rows(sql: string): Promise<AuditRow[]>;
  tampered(sql: string[], anchor?: TrailAnchor): Promise<VerifyReport>;
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Entry 10 gets another reason and every hash from it on is recomputed, as an insider with the chain's code would. */
function rewriteFrom10(trail: AuditRow[]): { sql: string[]; newHashAtAnchor: string } {
  const sql: string[] = [];
  let prevHash = trail[8]!.hash;
  let newHashAtAnchor = '';
  for (const row of trail.slice(9)) {
    const reason = row.seq === 10 ? 'rewritten' : row.reason;
    const hash = hashEntry(
      headerOf({ ...row, reason, prev_hash: prevHash }),
      row.before_json,
      row.after_json,
    );
    sql.push(
      `UPDATE audit_log SET reason = ${reason === null ? 'NULL' : quote(reason)}, prev_hash = ${quote(prevHash)}, ` +
        `hash = ${quote(hash)} WHERE seq = ${row.seq}`,
    );
    if (row.seq === ANCHOR_SEQ) newHashAtAnchor = hash;
    prevHash = hash;
  }
  return { sql, newHashAtAnchor };
}

/** The last two entries removed, with what they created: the trail ends at entry 20 and is consistent. */
const cutBackTo20 = [
  `DELETE FROM audit_log WHERE seq > 20`,
  `DELETE FROM tactics WHERE id = 6`,
  `DELETE FROM settings WHERE key = 'seed.reference.v1'`,
];

function anchorCases(engine: () => Engine) {
  let trail: AuditRow[] = [];
  let anchor: TrailAnchor = { count: ANCHOR_SEQ, hash: '' };
  beforeAll(async () => {
    trail = await engine().rows('SELECT * FROM audit_log ORDER BY seq');
    anchor = { count: ANCHOR_SEQ, hash: trail[ANCHOR_SEQ - 1]!.hash };
  });

  it('holds on the intact trail, which still verifies as it did', async () => {
    expect(trail).toHaveLength(22);
    expect(await engine().tampered([], anchor)).toMatchObject({
      ok: true,
      entries: 22,
      headHash: trail[21]!.hash,
      anchor: { ...anchor, holds: true },
    });
    expect(await engine().tampered([])).not.toHaveProperty('anchor');
  });

  it('catches a trail rewritten with every later hash recomputed, which the plain check passes', async () => {
    const { sql, newHashAtAnchor } = rewriteFrom10(trail);
    expect(newHashAtAnchor).not.toBe(anchor.hash);
    expect(await engine().tampered(sql)).toMatchObject({ ok: true, entries: 22 });
    expect(await engine().tampered(sql, anchor)).toMatchObject({
      ok: true,
      anchor: { ...anchor, holds: false, why: 'rewritten', found: newHashAtAnchor },
    });
  });

  it('catches a trail cut back below the anchor, which the plain check passes', async () => {
    expect(await engine().tampered(cutBackTo20)).toMatchObject({ ok: true, entries: 20 });
    expect(await engine().tampered(cutBackTo20, anchor)).toMatchObject({
      ok: true,
      anchor: { ...anchor, holds: false, why: 'truncated', entries: 20 },
    });
  });

  it('says nothing holds when the anchor is beyond the head, and names another hash at its place', async () => {
    expect(await engine().tampered([], { count: 23, hash: anchor.hash })).toMatchObject({
      anchor: { holds: false, why: 'truncated', entries: 22 },
    });
    expect(await engine().tampered([], { count: 20, hash: anchor.hash })).toMatchObject({
      anchor: { holds: false, why: 'rewritten', found: trail[19]!.hash },
    });
  });
}

async function seeded(store: Store): Promise<void> {
  try {
    await seedReferenceData(store);
  } finally {
    await store.close();
  }
}

describe('an anchor on SQLite', () => {
  const path = tempDbPath();
  let db: Database.Database;
  beforeAll(async () => {
    await seeded(openSqliteStore(path));
    db = new Database(path);
  });
  afterAll(() => db?.close());

  anchorCases(() => ({
    rows: (sql) => Promise.resolve(db.prepare(sql).all() as AuditRow[]),
    tampered: (sql, anchor) => {
      db.exec('BEGIN');
      try {
        // As an insider with the sqlite3 shell would: the append-only triggers dropped first.
        db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
        for (const statement of sql) db.exec(statement);
        return Promise.resolve(verifyAuditTrail(db, anchor));
      } finally {
        db.exec('ROLLBACK');
      }
    },
  }));
});

describe('an anchor on PostgreSQL', () => {
  const pgDatabase = usePgDatabase();
  let client: pg.Client;
  beforeAll(async () => {
    await seeded(await openPgStore(pgDatabase()));
    client = new pg.Client({ connectionString: pgDatabase(), types: nadzorTypes });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
  });

  anchorCases(() => ({
    rows: async (sql) => (await client.query<AuditRow>(sql)).rows,
    tampered: async (sql, anchor) => {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      try {
        // As an insider with the database's owner role would: the append-only triggers kept off.
        await client.query('SET LOCAL session_replication_role = replica');
        for (const statement of sql) await client.query(statement);
        return await verifyPgTrail(client, anchor);
      } finally {
        await client.query('ROLLBACK');
      }
    },
  }));
});
