import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../shared/canonical-json';
import { GENESIS_HASH, hashEntry, headerOf, type AuditRow } from './chain';
import { auditedEntities, entityTypes } from './entities';
import type { VerifyProblem, VerifyReport } from './types';

/**
 * Recomputes the hash chain, then checks that every audited row is exactly what the trail says
 * it should be: an edit, insert or delete made around the application is named here.
 */
export function verifyAuditTrail(db: Database): VerifyReport {
  const expected = new Map<string, string | null>();
  let prevHash = GENESIS_HASH;
  let entries = 0;
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>;
  for (const row of rows) {
    entries += 1;
    const broken = (kind: VerifyProblem, why: string): VerifyReport => ({
      ok: false,
      entries,
      kind,
      seq: row.seq,
      entity: { type: row.entity_type, id: row.entity_id },
      problem: `entry #${row.seq} (${row.action} ${row.entity_type} ${row.entity_id}) ${why}`,
    });
    if (row.seq !== entries)
      return broken('entriesMissing', `follows entry #${entries - 1}: entries are missing`);
    if (row.prev_hash !== prevHash) return broken('unlinked', 'does not link to the entry before it');
    if (hashEntry(headerOf(row), row.before_json, row.after_json) !== row.hash) {
      return broken('altered', 'has been altered: its hash does not match its contents');
    }
    // The stored snapshot is canonical JSON (it is what was hashed), so it compares as text.
    expected.set(`${row.entity_type}:${row.entity_id}`, row.after_json);
    prevHash = row.hash;
  }

  for (const type of entityTypes) {
    for (const [id, snapshot] of auditedEntities[type].all(db)) {
      const key = `${type}:${id}`;
      const recorded = expected.get(key);
      if (recorded === undefined || recorded === null) {
        return mismatch(entries, type, id, 'unrecorded', 'exists but the audit trail never recorded it');
      }
      if (recorded !== canonicalJson(snapshot)) {
        return mismatch(
          entries,
          type,
          id,
          'changedOutside',
          'differs from its last audited state: it was changed outside Nadzor',
        );
      }
      expected.delete(key);
    }
  }
  for (const [key, recorded] of expected) {
    if (recorded === null) continue;
    const [type = '', id = ''] = key.split(/:(.*)/s);
    return mismatch(
      entries,
      type,
      id,
      'deletedOutside',
      'is in the audit trail but missing from the database: it was deleted outside Nadzor',
    );
  }
  return { ok: true, entries, headHash: prevHash };
}

function mismatch(entries: number, type: string, id: string, kind: VerifyProblem, why: string): VerifyReport {
  return { ok: false, entries, kind, entity: { type, id }, problem: `${type} ${id} ${why}` };
}
