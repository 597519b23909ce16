import type { Database } from 'better-sqlite3';
import { rowToEntry, type AuditRow } from '../audit/chain';
import { verifyAuditTrail } from '../audit/verify';
import type { AuditReader } from '../ports';
import { auditQueries } from './audit-query';

export function auditReader(db: Database): AuditReader {
  return {
    ...auditQueries(db),
    verify: (anchor) => Promise.resolve(verifyAuditTrail(db, anchor)),
    count: () =>
      Promise.resolve((db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n),
    forEntity: (type, id) =>
      Promise.resolve(
        (
          db
            .prepare('SELECT * FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY seq')
            .all(type, id) as AuditRow[]
        ).map(rowToEntry),
      ),
    entry: (seq) => {
      const row = db.prepare('SELECT * FROM audit_log WHERE seq = ?').get(seq) as AuditRow | undefined;
      return Promise.resolve(row ? rowToEntry(row) : null);
    },
    latest: () =>
      Promise.resolve(
        (db.prepare('SELECT seq, hash, at FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
          { seq: number; hash: string; at: string } | undefined) ?? null,
      ),
  };
}
