import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../shared/canonical-json';
import type { DerivedMismatch } from './derived';
import { GENESIS_HASH, hashEntry, headerOf, type AuditRow } from './chain';
import { auditedEntities, entityTypes } from './entities';
import { integrityProblems, type PagesChecked } from '../integrity';
import { latestSchemaVersion } from '../migrations';
import { sqliteDerivedMismatch } from './sqlite-derived';
import type { AnchorCheck, TrailAnchor, VerifyProblem, VerifyReport } from './types';

/**
 * Checks the file (integrity_check), recomputes the hash chain, then checks that every audited row is
 * exactly what the trail says it should be, and that every copy and count the figures read agrees
 * with the audited rows: an edit, insert or delete made around the application is named here.
 */
export function verifyAuditTrail(db: Database, anchor?: TrailAnchor, pages?: PagesChecked): VerifyReport {
  const check = new TrailCheck(anchor);
  // `pages`: the file's pages already checked elsewhere (a backup's copy, on a worker thread).
  const damage = pages ? pages.damage : integrityProblems(db, 'integrity_check');
  if (damage) return check.damaged(damage);
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>) {
    const broken = check.entry(row);
    if (broken) return broken;
  }
  for (const type of entityTypes) {
    for (const [id, snapshot] of auditedEntities[type].all(db)) {
      const mismatch = check.entity(type, id, snapshot);
      if (mismatch) return mismatch;
    }
  }
  const report = check.finish();
  if (!report.ok) return report;
  // The copies and counts are those of the current schema; a file of an older one (a migration's own
  // test, before the rest run) has the audited rows alone, which the steps above checked.
  if ((db.pragma('user_version', { simple: true }) as number) < latestSchemaVersion) return report;
  const derived = sqliteDerivedMismatch(db);
  return derived ? check.derivedChanged(derived) : report;
}

/**
 * The checks of `audit verify`, fed by either engine: every entry in seq order, then every existing
 * entity with its current snapshot; each step returns the first problem found, or null. Given an
 * anchor (a head printed earlier), a trail that verifies also says whether it still holds that head:
 * a trail rewritten from some entry on, every later hash recomputed, verifies but no longer holds it.
 */
export class TrailCheck {
  private readonly expected = new Map<string, string | null>();
  private prevHash = GENESIS_HASH;
  private entries = 0;
  /** The hash of the entry at the anchor's position, once read. */
  private hashAtAnchor: string | null = null;

  constructor(private readonly anchor?: TrailAnchor) {}

  entry(row: AuditRow): VerifyReport | null {
    this.entries += 1;
    const broken = (kind: VerifyProblem, why: string): VerifyReport => ({
      ok: false,
      entries: this.entries,
      kind,
      seq: row.seq,
      entity: { type: row.entity_type, id: row.entity_id },
      problem: `entry #${row.seq} (${row.action} ${row.entity_type} ${row.entity_id}) ${why}`,
    });
    if (row.seq !== this.entries)
      return broken('entriesMissing', `follows entry #${this.entries - 1}: entries are missing`);
    if (row.prev_hash !== this.prevHash) return broken('unlinked', 'does not link to the entry before it');
    if (hashEntry(headerOf(row), row.before_json, row.after_json) !== row.hash) {
      return broken('altered', 'has been altered: its hash does not match its contents');
    }
    // The stored snapshot is canonical JSON (it is what was hashed), so it compares as text.
    this.expected.set(`${row.entity_type}:${row.entity_id}`, row.after_json);
    this.prevHash = row.hash;
    if (row.seq === this.anchor?.count) this.hashAtAnchor = row.hash;
    return null;
  }

  entity(type: string, id: string, snapshot: object): VerifyReport | null {
    const key = `${type}:${id}`;
    const recorded = this.expected.get(key);
    if (recorded === undefined || recorded === null) {
      return this.mismatch(type, id, 'unrecorded', 'exists but the audit trail never recorded it');
    }
    if (recorded !== canonicalJson(snapshot)) {
      return this.mismatch(
        type,
        id,
        'changedOutside',
        'differs from its last audited state: it was changed outside Nadzor',
      );
    }
    this.expected.delete(key);
    return null;
  }

  finish(): VerifyReport {
    for (const [key, recorded] of this.expected) {
      if (recorded === null) continue;
      const [type = '', id = ''] = key.split(/:(.*)/s);
      return this.mismatch(
        type,
        id,
        'deletedOutside',
        'is in the audit trail but missing from the database: it was deleted outside Nadzor',
      );
    }
    const report = { ok: true as const, entries: this.entries, headHash: this.prevHash };
    return this.anchor ? { ...report, anchor: this.anchorCheck(this.anchor) } : report;
  }

  private anchorCheck(anchor: TrailAnchor): AnchorCheck {
    // Entries are numbered 1, 2, … without gaps (checked above): no entry there means a shorter trail.
    if (this.hashAtAnchor === null)
      return { ...anchor, holds: false, why: 'truncated', entries: this.entries };
    if (this.hashAtAnchor !== anchor.hash)
      return { ...anchor, holds: false, why: 'rewritten', found: this.hashAtAnchor };
    return { ...anchor, holds: true };
  }

  /** The file is damaged: nothing read from it can be trusted, so this comes before the chain. */
  damaged(detail: string): VerifyReport {
    return {
      ok: false,
      entries: this.entries,
      kind: 'damaged',
      detail,
      problem: `the database file is damaged: integrity check failed: ${detail}`,
    };
  }

  /** Call after finish() passed: a copy or count disagrees with the audited rows it is computed from. */
  derivedChanged(found: DerivedMismatch): VerifyReport {
    return {
      ok: false,
      entries: this.entries,
      kind: 'derivedChanged',
      derived: found,
      problem:
        `${found.table} row ${found.row} column ${found.column} disagrees with the audited data it is ` +
        'computed from: it was changed outside Nadzor',
    };
  }

  private mismatch(type: string, id: string, kind: VerifyProblem, why: string): VerifyReport {
    return { ok: false, entries: this.entries, kind, entity: { type, id }, problem: `${type} ${id} ${why}` };
  }
}
